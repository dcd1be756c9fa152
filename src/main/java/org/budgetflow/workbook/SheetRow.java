package org.budgetflow.workbook;

/**
 * A non-empty row of a sheet as stored.
 *
 * @param number the Excel row number (1-based)
 * @param cells  the cells by column index; null where a cell is empty
 */
record SheetRow(int number, RawCell[] cells) {

    /** The cell of a column, or null when it is empty or beyond the row. */
    RawCell cell(int column) {
        return column < cells.length ? cells[column] : null;
    }
}
