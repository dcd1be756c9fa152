package org.budgetflow.disclosure.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage computed from exact amounts and kept unrounded ({@code value} = 39.3935… for 39.39%); it is rounded
 * half-up to two decimals only by {@link #format()}.
 */
public record Percentage(BigDecimal value) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        Objects.requireNonNull(value, "value");
    }

    /** part / whole as a percentage; null when the whole is null or zero (no share can be stated). */
    public static Percentage of(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        BigDecimal p = part == null ? BigDecimal.ZERO : part;
        return new Percentage(p.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128));
    }

    /** Rounded half-up to two decimals, as printed: "39.39%". */
    public String format() {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    @Override
    public String toString() {
        return format();
    }
}
