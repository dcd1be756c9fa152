package org.budgetflow.workbook;

import org.budgetflow.budget.interchange.FieldError;

/**
 * One reason a workbook cannot be imported, located in the workbook.
 *
 * @param sheet   the sheet's name, or null for the file as a whole
 * @param row     the Excel row number (1-based), or null for the whole sheet
 * @param column  the column letter ("E"), or null for a whole row or sheet
 * @param header  the column's header ("金额（万元）"), or null
 * @param message the Chinese message, naming sheet, row and column in words
 */
public record CellError(String sheet, Integer row, String column, String header, String message) {

    /** The place as an Excel reference: "收入!E12", "收入!12" for a row, "收入" for a sheet, "" for the file. */
    public String field() {
        if (sheet == null) {
            return "";
        }
        if (row == null) {
            return sheet;
        }
        return sheet + "!" + (column == null ? "" : column) + row;
    }

    public FieldError toFieldError() {
        return new FieldError(field(), message);
    }

    static CellError file(String message) {
        return new CellError(null, null, null, null, message);
    }

    static CellError sheet(String sheet, String message) {
        return new CellError(sheet, null, null, null, message);
    }

    /** An error in one cell: "工作表“收入”第 12 行 E 列（金额（万元））：{detail}". */
    static CellError cell(String sheet, int row, String column, String header, String detail) {
        return new CellError(sheet, row, column, header, place(sheet, row, column, header) + "：" + detail);
    }

    /** "工作表“收入”第 12 行 E 列（金额（万元））". */
    static String place(String sheet, int row, String column, String header) {
        return "工作表“" + sheet + "”第 " + row + " 行 " + column + " 列" + (header == null ? "" : "（" + header + "）");
    }
}
