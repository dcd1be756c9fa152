package org.budgetflow.disclosure.model;

import java.util.Objects;

/**
 * A two-sided table printed as an income grid beside an expenditure grid (tables 01 and 04). Each side ends with its
 * total rows; the sides need not have the same number of rows.
 */
public record BalanceTable(String id, String title, Grid income, Grid expenditure) implements DisclosureTable {
    public BalanceTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(expenditure, "expenditure");
    }

    @Override
    public <R> R accept(TableVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
