package org.budgetflow.validation;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding of a rule.
 *
 * @param rule     the rule id of the domain guide (B1, C2, L4, V16 …)
 * @param severity ERROR or WARNING
 * @param message  Chinese, for the reviewer: the place in words and the figures, e.g. "收入总计 5301.42 ≠ 支出总计 5300.42"
 * @param location a path into the checked document, e.g. {@code lines[12].govEconCode} or
 *                 {@code income[unitCode=310001][fundSource=GENERAL_PUBLIC_BUDGET][carryOver=false]}
 */
public record Finding(String rule, Severity severity, String message, String location) {

    /** Report order: by rule family and number, then location, then message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.rule().replaceAll("[0-9]", ""))
            .thenComparingInt(f -> ruleNumber(f.rule()))
            .thenComparing(Finding::location, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(String rule, String location, String message) {
        return new Finding(rule, Severity.ERROR, message, location);
    }

    public static Finding warning(String rule, String location, String message) {
        return new Finding(rule, Severity.WARNING, message, location);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static int ruleNumber(String rule) {
        String digits = rule.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
