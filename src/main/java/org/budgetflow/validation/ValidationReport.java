package org.budgetflow.validation;

import java.util.List;

/** The findings of one validation or audit run, in report order. */
public record ValidationReport(List<Finding> findings) {

    public ValidationReport {
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public List<Finding> byRule(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
