package org.budgetflow.disclosure;

/** Small text helpers for printed codes. */
final class Codes {
    private Codes() {
    }

    /**
     * A slice of a code as printed in split columns ("2120101" → 类 "212", 款 "01", 项 "01"); a code too short for
     * the slice prints whole in the first slice and blank in the others.
     */
    static String part(String code, int from, int to) {
        if (code == null) {
            return null;
        }
        if (code.length() >= to) {
            return code.substring(from, to);
        }
        return from == 0 ? code : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
