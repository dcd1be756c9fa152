package org.budgetflow.workflow.api;

import java.util.List;

import org.budgetflow.validation.Finding;
import org.budgetflow.workflow.service.FindingRows;

/** A finding as the API shows it: rule id, severity (ERROR|WARNING) and its Chinese name, message, location. */
public record ApiFinding(String rule, String severity, String severityLabel, String message, String location) {

    static List<ApiFinding> of(List<Finding> findings) {
        return findings.stream().map(f -> new ApiFinding(f.rule(), f.severity().name(),
                FindingRows.label(f.severity()), f.message(), f.location())).toList();
    }

    /** The findings of one version, counted. */
    public record Report(int version, long errors, long warnings, List<ApiFinding> findings) {

        static Report of(int version, List<Finding> findings) {
            long errors = findings.stream().filter(Finding::isError).count();
            return new Report(version, errors, findings.size() - errors, ApiFinding.of(findings));
        }
    }
}
