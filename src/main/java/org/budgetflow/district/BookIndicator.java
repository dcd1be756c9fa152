package org.budgetflow.district;

/**
 * A project indicator of the book exactly as extracted.
 *
 * @param category  COST, OUTPUT, BENEFIT or SATISFACTION (the table-13 column)
 * @param value     as printed; null when the cell is blank
 * @param uncertain the extraction of this cell is doubtful
 */
public record BookIndicator(String category, String name, String value, boolean uncertain) {
}
