package org.budgetflow.district;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.budgetflow.budget.Amounts;

/** Amounts of the book (元) and their exact conversion to 万元 (the budget's unit). Never rounds. */
final class Yuan {
    private static final int YUAN_PER_WAN_DIGITS = 4;

    private Yuan() {
    }

    /** True when the amount in 元 is a whole number of 0.01 万元 (100 元). */
    static boolean convertsExactly(BigDecimal yuan) {
        return yuan.movePointLeft(YUAN_PER_WAN_DIGITS).stripTrailingZeros().scale() <= Amounts.SCALE;
    }

    /**
     * The amount in 万元, exactly: at two decimals when it converts exactly, otherwise with as many decimals as it
     * needs (such an amount is reported as a finding, and the validator's B4 reports it again in the budget).
     */
    static BigDecimal toWan(BigDecimal yuan) {
        BigDecimal wan = yuan.movePointLeft(YUAN_PER_WAN_DIGITS).stripTrailingZeros();
        return wan.scale() < Amounts.SCALE ? wan.setScale(Amounts.SCALE) : wan;
    }

    /** "251,515,400" as the book prints it (without its ".0"). */
    static String grouped(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(yuan);
    }

    /** "251,515,400 元（25151.54 万元）". */
    static String describe(BigDecimal yuan) {
        return grouped(yuan) + " 元（" + toWan(yuan).toPlainString() + " 万元）";
    }
}
