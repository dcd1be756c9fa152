package org.budgetflow.book;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.budgetflow.budget.Amounts;

/**
 * Amounts of the book in 元, as the printed book gives them: the budget's 万元 × 10000, exactly (never rounded, never
 * a double), at two decimals ("7395500.00"); an amount with more than six decimals in 万元 keeps its extra digits.
 */
final class Yuan {
    private static final int DIGITS_PER_WAN = 4;

    private Yuan() {
    }

    /** The amount in 元 (null counts as zero). */
    static BigDecimal of(BigDecimal wan) {
        BigDecimal yuan = Amounts.orZero(wan).movePointRight(DIGITS_PER_WAN);
        return yuan.scale() < Amounts.SCALE ? yuan.setScale(Amounts.SCALE) : yuan;
    }

    /** "7395500.00": the decimal string of book.json. */
    static String plain(BigDecimal wan) {
        return of(wan).toPlainString();
    }

    /** "7,395,500.00": as printed in the PDF. */
    static String grouped(BigDecimal wan) {
        BigDecimal yuan = of(wan);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(Amounts.SCALE, yuan.scale()));
        return format.format(yuan);
    }
}
