package org.budgetflow.disclosure.model;

import java.util.Objects;

/**
 * A leaf column of a grid.
 *
 * @param id    stable key of the column; for amount columns the disclosure-v1 column id ("基本支出_工资福利支出")
 * @param label the header text printed in the leaf cell ("工资福利支出")
 * @param kind  text or amount
 */
public record Column(String id, String label, ColumnKind kind) {
    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    public static Column text(String id, String label) {
        return new Column(id, label, ColumnKind.TEXT);
    }

    public static Column amount(String id, String label) {
        return new Column(id, label, ColumnKind.AMOUNT);
    }

    public boolean isAmount() {
        return kind == ColumnKind.AMOUNT;
    }
}
