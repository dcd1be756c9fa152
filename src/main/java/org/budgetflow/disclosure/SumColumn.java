package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.budgetflow.disclosure.model.Column;

/** An amount column whose cell is the sum of the items (lines or income entries) it selects. */
record SumColumn<T>(Column column, Predicate<T> which) {

    static <T> SumColumn<T> of(String id, String label, Predicate<T> which) {
        return new SumColumn<>(Column.amount(id, label), which);
    }

    /** The cells of a row, by column id in column order; zero is an empty cell. */
    static <T> Map<String, BigDecimal> cells(List<SumColumn<T>> columns, List<T> items,
                                             Function<T, BigDecimal> amountOf) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (SumColumn<T> c : columns) {
            BigDecimal total = Money.ZERO;
            for (T item : items) {
                BigDecimal amount = amountOf.apply(item);
                if (amount != null && c.which().test(item)) {
                    total = total.add(amount);
                }
            }
            cells.put(c.column().id(), Money.blankIfZero(total));
        }
        return cells;
    }
}
