package org.budgetflow.validation.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Chinese ordinal of a printed label: "十二、城乡社区事务" → 12, "（二十九）其他支出" → 29. */
final class ChineseNumerals {
    private static final Pattern LEADING = Pattern.compile("^\\s*[（(]?([一二三四五六七八九十]+)[）)、]");
    private static final String DIGITS = "一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The label's leading ordinal, or -1 when it has none. */
    static int ordinalOf(String label) {
        if (label == null) {
            return -1;
        }
        Matcher m = LEADING.matcher(label);
        return m.find() ? parse(m.group(1)) : -1;
    }

    /** Whether the label starts with an ordinal followed by "、" (a top-level row such as "二、政府性基金…"). */
    static boolean isTopLevel(String label) {
        return label != null && label.matches("^\\s*[一二三四五六七八九十]+、.*");
    }

    /** Whether the label starts with a bracketed ordinal ("（一）…"). */
    static boolean isBracketed(String label) {
        return label != null && label.matches("^\\s*[（(][一二三四五六七八九十]+[）)].*");
    }

    static int parse(String numeral) {
        int tenIndex = numeral.indexOf('十');
        if (tenIndex < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
        }
        int tens = tenIndex == 0 ? 1 : digit(numeral.charAt(0));
        int units = tenIndex == numeral.length() - 1 ? 0 : digit(numeral.charAt(tenIndex + 1));
        if (tens < 0 || units < 0 || tenIndex > 1 || numeral.length() - tenIndex > 2) {
            return -1;
        }
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : i + 1;
    }
}
