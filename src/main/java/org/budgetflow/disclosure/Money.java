package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Predicate;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;

/** Exact sums over lines and income entries; no rounding here (amounts are already two-decimal). */
final class Money {
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Amounts.SCALE);

    private Money() {
    }

    static BigDecimal lines(Collection<Line> lines, Predicate<Line> which) {
        BigDecimal total = ZERO;
        for (Line line : lines) {
            if (which.test(line) && line.amount() != null) {
                total = total.add(line.amount());
            }
        }
        return total;
    }

    static BigDecimal funding(Collection<Funding> entries, Predicate<Funding> which) {
        BigDecimal total = ZERO;
        for (Funding f : entries) {
            if (which.test(f) && f.amount() != null) {
                total = total.add(f.amount());
            }
        }
        return total;
    }

    /** An empty cell (null) for zero, as the template prints blank cells. */
    static BigDecimal blankIfZero(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }
}
