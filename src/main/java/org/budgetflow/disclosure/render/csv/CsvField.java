package org.budgetflow.disclosure.render.csv;

import java.math.BigDecimal;

import org.budgetflow.budget.Amounts;

/**
 * One CSV field: text, or an amount printed with two decimals. Only text is neutralised against formula injection;
 * an amount, even a negative one, is written as the number it is.
 *
 * @param value the field's characters, null for an empty field
 */
record CsvField(String value, boolean numeric) {
    static final CsvField EMPTY = new CsvField(null, false);

    static CsvField text(String value) {
        return value == null ? EMPTY : new CsvField(value, false);
    }

    static CsvField amount(BigDecimal value) {
        return value == null ? EMPTY : new CsvField(Amounts.format(value), true);
    }
}
