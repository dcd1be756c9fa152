package org.budgetflow.validation.indicator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar years written in indicator texts ("2022年1月", "2021-2022年", "2023.12", "2023 年底").
 * Stateless.
 */
public final class YearTokens {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9.])((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern AFTER_YEAR = Pattern.compile(
            "年|[-./](?:0?[1-9]|1[0-2])(?![0-9])|[-—–~至到](?:19|20)\\d{2}(?![0-9])");

    private YearTokens() {
    }

    /**
     * The years written as years: followed by 年, by a month ("2023.12", "2023-06") or starting a year range
     * ("2021-2022年"). A bare four-digit number ("≥2000人") is not a year.
     */
    public static List<Integer> find(String text) {
        List<Integer> years = new ArrayList<>();
        if (!hasDigit(text)) {
            return years;
        }
        String s = compact(text);
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            Matcher after = AFTER_YEAR.matcher(s);
            after.region(m.end(), s.length());
            if (after.lookingAt()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        return years;
    }

    /**
     * Every standalone four-digit number from 1900 to 2099, also in brackets ("洛财城建【2022】16号"); for project
     * names, whose fund year may be written in any of these ways.
     */
    public static List<Integer> findLoose(String text) {
        List<Integer> years = new ArrayList<>();
        if (!hasDigit(text)) {
            return years;
        }
        Matcher m = YEAR.matcher(compact(text));
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    /** Quick test before normalizing: most indicator names have no digit at all. */
    private static boolean hasDigit(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** NFKC (full-width digits and signs to ASCII) without whitespace. */
    static String compact(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
