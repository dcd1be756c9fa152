package org.budgetflow.workbook;

/** How a column's cells are written and read. */
enum CellKind {
    /** Free text. */
    TEXT,
    /** A code of a fixed number of digits (department, unit), kept as text. */
    DIGITS,
    /** An amount in 万元: a number with at most two decimals, formatted {@code 0.00}. */
    AMOUNT,
    /** A whole number (a year, a count). */
    INTEGER,
    /** One of a closed set of Chinese labels ({@link Choices}). */
    CHOICE,
    /** A classification code shown as "code name"; the code decides. */
    CLASSIFICATION
}
