package org.budgetflow.workbook;

/**
 * A cell exactly as stored in the sheet's XML, never evaluated.
 *
 * @param type what the cell holds
 * @param text the stored text: the string, the number as written in the file, "1"/"0" for a boolean, the error code,
 *             or the formula (without "=")
 */
record RawCell(Type type, String text) {
    enum Type {
        TEXT, NUMBER, BOOLEAN, ERROR, FORMULA
    }
}
