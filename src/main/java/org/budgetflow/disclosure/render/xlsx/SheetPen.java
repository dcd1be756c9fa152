package org.budgetflow.disclosure.render.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetflow.budget.Amounts;

/**
 * Writes cells into one sheet and keeps what is needed to finish it: column widths measured from the text (not from
 * the machine's fonts) and the heights of merged wrapped rows, which spreadsheet programs do not fit by themselves.
 * Text is always written as a string cell, never as a formula; an amount is a numeric cell rounded half-up to two
 * decimals (the presentation boundary: the model keeps exact {@link BigDecimal}s); an empty cell is blank.
 */
final class SheetPen {
    static final int MIN_WIDTH = 6;
    static final int MAX_WIDTH = 40;
    static final int MAX_HEADER_WIDTH = 12;
    private static final float LINE_HEIGHT = 14f;

    final Sheet sheet;
    final XlsxStyles styles;
    private final int[] widths;
    private final List<int[]> wrappedMerges = new ArrayList<>();
    private final List<String> wrappedTexts = new ArrayList<>();

    SheetPen(Sheet sheet, XlsxStyles styles, int columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = new int[columns];
    }

    int columns() {
        return widths.length;
    }

    Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    Cell cell(int r, int c, CellStyle style) {
        Cell cell = row(r).createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A string cell (blank when null), measured for the column width. */
    void text(int r, int c, String value, CellStyle style) {
        Cell cell = cell(r, c, style);
        if (value != null) {
            cell.setCellValue(value);
            int width = TextWidth.widestLine(value);
            measure(c, width, MAX_WIDTH);
            if (width > MAX_WIDTH || value.indexOf('\n') >= 0) {
                fitHeight(r, c, c, value);
            }
        }
    }

    /** A header label; a one-column label is measured, but wrapped beyond {@link #MAX_HEADER_WIDTH}. */
    void header(int r, int c, String value, boolean oneColumn) {
        Cell cell = cell(r, c, styles.header);
        cell.setCellValue(value);
        if (oneColumn) {
            measure(c, TextWidth.widestLine(value), MAX_HEADER_WIDTH);
        }
    }

    /** A numeric cell with two decimals (blank when null). */
    void amount(int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = cell(r, c, style);
        if (value != null) {
            BigDecimal shown = value.setScale(Amounts.SCALE, RoundingMode.HALF_UP);
            cell.setCellValue(shown.doubleValue());
            measure(c, shown.toPlainString().length() + 1, MAX_WIDTH);
        }
    }

    /** Merges a block (when it is more than one cell), giving every covered cell the style so borders are drawn. */
    void merge(int r1, int r2, int c1, int c2, CellStyle style) {
        if (r1 == r2 && c1 == c2) {
            return;
        }
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                if (row(r).getCell(c) == null) {
                    cell(r, c, style);
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }

    /** A text written across columns c1..c2 of one row, wrapped; the row height is fitted in {@link #finish}. */
    void wrappedAcross(int r, int c1, int c2, String value, CellStyle style) {
        Cell cell = cell(r, c1, style);
        cell.setCellValue(value);
        merge(r, r, c1, c2, style);
        fitHeight(r, c1, c2, value);
    }

    /** Makes row r tall enough for the text wrapped in columns c1..c2 (fitted in {@link #finish}). */
    void fitHeight(int r, int c1, int c2, String value) {
        if (value != null) {
            wrappedMerges.add(new int[] {r, c1, c2});
            wrappedTexts.add(value);
        }
    }

    void measure(int c, int width, int cap) {
        if (c < widths.length) {
            widths[c] = Math.max(widths[c], Math.min(width, cap));
        }
    }

    /** Sets the column widths and the heights of the merged wrapped rows. */
    void finish() {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.max(MIN_WIDTH, widths[c]) + 2) * 256);
        }
        for (int i = 0; i < wrappedMerges.size(); i++) {
            int[] m = wrappedMerges.get(i);
            int chars = 0;
            for (int c = m[1]; c <= m[2]; c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            int lines = TextWidth.lines(wrappedTexts.get(i), chars - 2);
            Row row = row(m[0]);
            float height = lines * LINE_HEIGHT + 4;
            if (lines > 1 && height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }
    }

    /** A4, fitted to the page width, landscape when wide; {@code repeatTo} header rows repeat on each page. */
    void printSetup(boolean landscape, int repeatTo) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        if (repeatTo >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, repeatTo, -1, -1));
        }
    }
}
