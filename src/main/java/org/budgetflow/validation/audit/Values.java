package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.budgetflow.budget.Amounts;

/** The amount cells of one row, by column id. A blank (null) or missing cell reads as zero. */
public final class Values {
    private static final Values EMPTY = new Values(Map.of());
    private final Map<String, BigDecimal> cells;

    Values(Map<String, BigDecimal> cells) {
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public static Values empty() {
        return EMPTY;
    }

    /** The cell's amount; zero when the cell is blank or the column is absent. */
    public BigDecimal get(String column) {
        return Amounts.orZero(cells.get(column));
    }

    /** True when the cell is null or absent (not when it is printed as 0.00). */
    public boolean isBlank(String column) {
        return cells.get(column) == null;
    }

    /** True when every cell is blank or zero. */
    public boolean isZero() {
        return cells.values().stream().allMatch(v -> v == null || v.signum() == 0);
    }

    public Set<String> columns() {
        return cells.keySet();
    }
}
