package org.budgetflow.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Department;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.CodeListKind;

/**
 * Writes a budget as the drafting workbook (XLSX), the spreadsheet form of budget-v1: the department's current draft
 * pre-filled ({@link #write(Budget)}), or an empty template for a year and department ({@link #template}). The output
 * is deterministic: the same budget gives the same bytes.
 */
public final class WorkbookWriter {
    /** The fixed creation and modification date of every workbook, so that output is reproducible. */
    static final Date FIXED_DATE = new Date(946_684_800_000L); // 2000-01-01T00:00:00Z
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    /** Amounts with more significant digits than a double keeps exactly are written as text. */
    private static final int EXACT_DOUBLE_DIGITS = 15;

    private final ClassificationCatalog catalog;

    public WorkbookWriter(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    /** The workbook of a budget, pre-filled. */
    public byte[] write(Budget budget) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Build(workbook, budget, new CodeDisplay(catalog, budget.year())).run();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReproducibleZip.of(out.toByteArray());
    }

    /** Writes the workbook of a budget to a stream (left open). */
    public void write(Budget budget, OutputStream out) {
        try {
            out.write(write(budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The empty template of a year for a department: only the 部门 sheet is filled in. */
    public byte[] template(int year, String departmentCode, String departmentName) {
        return write(new Budget(year, new Department(departmentCode, departmentName, null, List.of(), null),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, List.of()));
    }

    /** One workbook being built. */
    private static final class Build {
        private final XSSFWorkbook workbook;
        private final Budget budget;
        private final CodeDisplay codes;
        private final Styles styles;
        private final CreationHelper factory;

        Build(XSSFWorkbook workbook, Budget budget, CodeDisplay codes) {
            this.workbook = workbook;
            this.budget = budget;
            this.codes = codes;
            this.styles = new Styles(workbook);
            this.factory = workbook.getCreationHelper();
        }

        void run() {
            GuideSheet.write(workbook, styles, budget);
            for (SheetSpec spec : Layout.SHEETS) {
                if (spec.form()) {
                    form(spec);
                } else {
                    table(spec);
                }
            }
            lists();
            workbook.setActiveSheet(0);
            properties();
        }

        private void table(SheetSpec spec) {
            Sheet sheet = workbook.createSheet(spec.name());
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Row header = sheet.createRow(0);
            header.setHeightInPoints(30);
            List<Column> columns = spec.columns();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Cell cell = header.createCell(c);
                cell.setCellValue(column.header());
                cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
                note(drawing, cell, noteOf(spec, column));
                sheet.setColumnWidth(c, column.width() * 256);
                sheet.setDefaultColumnStyle(c, styles.of(column));
            }
            List<List<Object>> rows = SheetRows.table(spec, budget);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < columns.size(); c++) {
                    value(row, c, columns.get(c), values.get(c));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                validation(sheet, columns.get(c), new CellRangeAddressList(1, LAST_ROW, c, c));
            }
            sheet.createFreezePane(0, 1);
        }

        private void form(SheetSpec spec) {
            Sheet sheet = workbook.createSheet(spec.name());
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Row header = sheet.createRow(0);
            String[] titles = {SheetSpec.FORM_LABEL, SheetSpec.FORM_VALUE, "填写说明"};
            for (int c = 0; c < titles.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(titles[c]);
                cell.setCellStyle(styles.header);
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 80 * 256);
            sheet.setColumnWidth(2, 50 * 256);
            Map<Column, List<Object>> values = SheetRows.form(spec, budget);
            int r = 1;
            for (Column field : spec.columns()) {
                List<Object> fieldValues = new ArrayList<>(values.get(field));
                if (fieldValues.isEmpty()) {
                    fieldValues.add(null);
                }
                for (Object value : fieldValues) {
                    Row row = sheet.createRow(r);
                    Cell label = row.createCell(0);
                    label.setCellValue(field.header());
                    label.setCellStyle(field.required() ? styles.requiredHeader : styles.header);
                    note(drawing, label, noteOf(spec, field));
                    Cell valueCell = value(row, 1, field, value);
                    if (valueCell == null) {
                        row.createCell(1).setCellStyle(styles.of(field));
                    }
                    Cell hint = row.createCell(2);
                    hint.setCellValue(field.format() + (field.example() == null ? "" : "。示例：" + field.example()));
                    hint.setCellStyle(styles.hint);
                    validation(sheet, field, new CellRangeAddressList(r, r, 1, 1));
                    r++;
                }
            }
            sheet.createFreezePane(0, 1);
        }

        /** Writes a value cell; returns null (and writes nothing) for a null value. */
        private Cell value(Row row, int c, Column column, Object value) {
            if (value == null) {
                return null;
            }
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.of(column));
            switch (column.kind()) {
                case AMOUNT -> {
                    BigDecimal amount = (BigDecimal) value;
                    if (amount.precision() <= EXACT_DOUBLE_DIGITS) {
                        cell.setCellValue(amount.doubleValue());
                    } else {
                        cell.setCellValue(amount.toPlainString());
                    }
                }
                case INTEGER -> cell.setCellValue(((Integer) value).doubleValue());
                case CHOICE -> cell.setCellValue(column.choices().labelOf(value));
                case CLASSIFICATION -> cell.setCellValue(codes.show(column.codes(), (String) value));
                case TEXT, DIGITS -> cell.setCellValue((String) value);
            }
            return cell;
        }

        private void validation(Sheet sheet, Column column, CellRangeAddressList cells) {
            String list;
            boolean strict;
            String what;
            if (column.choices() != null) {
                list = column.choices().listName();
                strict = true;
                what = column.choices().title();
            } else if (column.codes() != null && !codes.choices(column.codes()).isEmpty()) {
                list = CodeDisplay.listName(column.codes());
                strict = false;
                what = column.codes().title();
            } else if (column.list() != null) {
                list = column.list();
                strict = false;
                what = column.header();
            } else {
                return;
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(list), cells);
            // POI's XSSF maps this flag inversely to OOXML's showDropDown (true there HIDES the arrow): true shows it
            validation.setSuppressDropDownArrow(true);
            validation.setEmptyCellAllowed(true);
            validation.setShowErrorBox(true);
            if (strict) {
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("无效的" + what, "请从下拉列表中选择：" + String.join("、",
                        column.choices().labels()));
            } else {
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.createErrorBox("不在列表中", "“" + what + "”不在下拉列表中，请核实后继续。");
            }
            sheet.addValidationData(validation);
        }

        /** The hidden sheet of drop-down lists and the defined names pointing at them. */
        private void lists() {
            Sheet sheet = workbook.createSheet(Layout.LISTS);
            List<String> titles = new ArrayList<>();
            List<List<String>> columns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Choices<?> choices : Choices.ALL) {
                titles.add(choices.title());
                columns.add(choices.labels());
                names.add(choices.listName());
            }
            for (CodeListKind kind : CodeListKind.values()) {
                List<String> entries = codes.choices(kind);
                if (!entries.isEmpty()) {
                    titles.add(budget.year() + " 年" + kind.title());
                    columns.add(entries);
                    names.add(CodeDisplay.listName(kind));
                }
            }
            int longest = columns.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r <= longest; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    String value = r == 0 ? titles.get(c) : r <= columns.get(c).size() ? columns.get(c).get(r - 1) : null;
                    if (value != null) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                String letter = CellReference.convertNumToColString(c);
                define(names.get(c), "'" + Layout.LISTS + "'!$" + letter + "$2:$" + letter + "$"
                        + (columns.get(c).size() + 1));
                sheet.setColumnWidth(c, (c < Choices.ALL.size() ? 18 : 50) * 256);
            }
            define(Layout.UNIT_LIST, "'" + Layout.UNITS.name() + "'!$A$2:$A$" + (budget.units().size() + 1000));
            define(Layout.PROJECT_LIST, "'" + Layout.PROJECTS.name() + "'!$A$2:$A$"
                    + (budget.projects().size() + 5000));
            workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        }

        private void define(String name, String formula) {
            Name defined = workbook.createName();
            defined.setNameName(name);
            defined.setRefersToFormula(formula);
        }

        private void note(Drawing<?> drawing, Cell cell, String text) {
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 5);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 8);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text));
            comment.setAuthor("BudgetFlow");
            cell.setCellComment(comment);
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            core.setCreator("BudgetFlow");
            core.setTitle(budget.year() + " 年部门预算编制工作簿 " + budget.department().code() + " "
                    + budget.department().name());
            core.setCreated(Optional.of(FIXED_DATE));
            core.setModified(Optional.of(FIXED_DATE));
        }
    }

    /** The note of a column: its budget-v1 path in full (shared columns name their sheet's part). */
    static String noteOf(SheetSpec spec, Column column) {
        String field = column.field();
        String path = spec.form() || field.contains(".") || field.contains("[") ? field : spec.field() + "[]." + field;
        return column.note().replace("budget-v1 字段：" + field, "budget-v1 字段：" + path);
    }
}
