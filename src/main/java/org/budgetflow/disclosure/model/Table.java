package org.budgetflow.disclosure.model;

import java.util.Objects;

/**
 * A table printed as one grid (tables 02, 03, 05–11).
 *
 * @param note   a printed note under the grid (table 08's 注), else null
 * @param remark the empty-table statement ("备注：… 故此表无数据。") when the table has no data, else null
 */
public record Table(String id, String title, Grid grid, String note, String remark) implements DisclosureTable {
    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(grid, "grid");
    }

    public boolean isEmpty() {
        return remark != null;
    }

    @Override
    public <R> R accept(TableVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
