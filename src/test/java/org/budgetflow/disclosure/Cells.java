package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;

/** Finds rows and cells of a generated grid in tests. */
final class Cells {
    private Cells() {
    }

    static Row row(Grid grid, RowType type, String code) {
        return grid.rows().stream().filter(r -> r.type() == type && Objects.equals(r.code(), code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " row " + code + " in " + codes(grid)));
    }

    static Row total(Grid grid) {
        return grid.rows(RowType.TOTAL).get(0);
    }

    static List<String> codes(Grid grid, RowType type) {
        return grid.rows(type).stream().map(Row::code).toList();
    }

    static List<String> codes(Grid grid) {
        return grid.rows().stream().map(r -> r.type() + ":" + r.code()).toList();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
