package org.budgetflow.workflow.service;

import java.util.List;
import java.util.Map;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;

/** Findings as rows of a table in a Camunda Form, and counted in words. */
public final class FindingRows {
    /** Rows beyond this are left out of a form (the drafting page lists them all). */
    static final int MAX_ROWS = 300;

    private FindingRows() {
    }

    public static List<Map<String, String>> rows(List<Finding> findings) {
        return findings.stream().limit(MAX_ROWS)
                .map(f -> Map.of(
                        "rule", f.rule(),
                        "severity", label(f.severity()),
                        "message", f.message(),
                        "location", f.location() == null ? "" : f.location()))
                .toList();
    }

    /** The indicator findings (rules L1–L10) that the performance audit looks at. */
    public static List<Finding> indicatorFindings(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().matches("L\\d+")).toList();
    }

    public static String label(Severity severity) {
        return severity == Severity.ERROR ? "错误" : "警告";
    }

    /** E.g. "错误 1 项、警告 12 项" or "无问题". */
    public static String count(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        if (errors == 0 && warnings == 0) {
            return "未发现问题";
        }
        return "错误 " + errors + " 项、警告 " + warnings + " 项";
    }
}
