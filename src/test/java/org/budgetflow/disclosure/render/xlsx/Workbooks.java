package org.budgetflow.disclosure.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;
import org.budgetflow.disclosure.DisclosureGenerator;

/** Reads a rendered workbook back for the tests. */
final class Workbooks {
    private Workbooks() {
    }

    static XSSFWorkbook render(Budget budget) {
        return open(new XlsxRenderer().render(new DisclosureGenerator().generate(budget)));
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at an A1 reference ("F7"); null when the row or cell does not exist. */
    static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    static String text(Sheet sheet, String ref) {
        Cell c = cell(sheet, ref);
        return c == null || c.getCellType() == CellType.BLANK ? null : c.getStringCellValue();
    }

    /** The merged regions as A1 ranges ("A4:C4"), those starting within rows first..last (1-based). */
    static List<String> mergedIn(Sheet sheet, int first, int last) {
        List<String> out = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if (r.getFirstRow() + 1 >= first && r.getFirstRow() + 1 <= last) {
                out.add(r.formatAsString());
            }
        }
        return out;
    }

    /** The first row (0-based) whose cell in column A has the text, or -1. */
    static int rowWith(Sheet sheet, String text, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) {
                return r;
            }
        }
        return -1;
    }

    static List<Cell> allCells(XSSFWorkbook wb) {
        List<Cell> out = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                row.forEach(out::add);
            }
        }
        return out;
    }
}
