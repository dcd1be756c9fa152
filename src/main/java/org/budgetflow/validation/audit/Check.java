package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.budgetflow.budget.Amounts;
import org.budgetflow.validation.Findings;

/**
 * Comparison of printed (rounded, two-decimal) figures with the tolerance of the guide §2.3:
 * |Δ| ≤ 0.005 万元 × the number of rounded terms summed (at least one term, so a single equality must hold exactly).
 */
final class Check {
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private Check() {
    }

    static BigDecimal tolerance(int terms) {
        return HALF_CENT.multiply(BigDecimal.valueOf(Math.max(1, terms)));
    }

    static boolean differs(BigDecimal a, BigDecimal b, int terms) {
        return a.subtract(b).abs().compareTo(tolerance(terms)) > 0;
    }

    /** a exceeds b by more than the tolerance. */
    static boolean exceeds(BigDecimal a, BigDecimal b, int terms) {
        return a.subtract(b).compareTo(tolerance(terms)) > 0;
    }

    static String fmt(BigDecimal value) {
        return Amounts.format(value);
    }

    static String mismatch(String left, BigDecimal a, String right, BigDecimal b) {
        return left + " " + fmt(a) + " ≠ " + right + " " + fmt(b) + "（相差 " + fmt(a.subtract(b).abs()) + "）";
    }

    /** Reports an ERROR at location when left ≠ right beyond the tolerance; returns whether it did. */
    static boolean equal(Findings findings, String rule, String location, String left, BigDecimal a, String right,
                         BigDecimal b, int terms) {
        if (differs(a, b, terms)) {
            findings.error(rule, location, mismatch(left, a, right, b));
            return true;
        }
        return false;
    }

    static BigDecimal sum(Collection<TableRow> rows, String column) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (TableRow row : rows) {
            total = total.add(row.get(column));
        }
        return total;
    }

    static BigDecimal sum(Values values, List<String> columns) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (String column : columns) {
            total = total.add(values.get(column));
        }
        return total;
    }

    static BigDecimal sum(BigDecimal... values) {
        return Amounts.sum(values);
    }

    /** "a + b + c" with printed figures. */
    static String plus(BigDecimal... values) {
        StringBuilder sb = new StringBuilder();
        for (BigDecimal v : values) {
            if (!sb.isEmpty()) {
                sb.append(" + ");
            }
            sb.append(fmt(v));
        }
        return sb.toString();
    }
}
