package org.budgetflow.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers for amounts in 万元 (two decimals). */
public final class Amounts {
    public static final int SCALE = 2;

    private Amounts() {
    }

    /** Sum treating null as zero, at two decimals. */
    public static BigDecimal sum(BigDecimal... values) {
        BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
        for (BigDecimal v : values) {
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(SCALE) : value;
    }

    /** Formats at two decimals, as printed ("5301.42"); rounding happens here and only here. */
    public static String format(BigDecimal value) {
        return orZero(value).setScale(SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}
