package org.budgetflow.disclosure.model;

/** What a column holds: printed text (codes, names, labels) or an amount in 万元. */
public enum ColumnKind {
    TEXT,
    AMOUNT
}
