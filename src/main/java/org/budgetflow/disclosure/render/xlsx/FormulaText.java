package org.budgetflow.disclosure.render.xlsx;

/** Text that a spreadsheet would take for a formula if it were typed in: it starts with = + - or @. */
final class FormulaText {
    private FormulaText() {
    }

    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
