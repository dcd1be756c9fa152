package org.budgetflow.disclosure;

/** Chinese ordinals as the template numbers its rows (一 … 九十九). */
final class ChineseNumerals {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("ordinal out of range: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        if (tens == 0) {
            return DIGITS[ones];
        }
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[ones];
    }
}
