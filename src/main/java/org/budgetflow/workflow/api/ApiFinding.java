package org.budgetflow.workflow.api;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.budgetflow.validation.Finding;
import org.budgetflow.workbook.WorkbookSources;
import org.budgetflow.workflow.service.FindingRows;

/**
 * A finding as the API shows it: rule id, severity (ERROR|WARNING) and its Chinese name, message, location; for a
 * budget uploaded as a workbook also the cell it came from ({@code cell}: sheet, row, column, header, ref, label).
 */
public record ApiFinding(String rule, String severity, String severityLabel, String message, String location,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Cell cell) {

    /** A place in the uploaded workbook. */
    public record Cell(String sheet, Integer row, String column, String header, String ref, String label) {

        static Cell of(WorkbookSources.CellPlace place) {
            return new Cell(place.sheet(), place.row(), place.column(), place.header(), place.ref(), place.label());
        }
    }

    static List<ApiFinding> of(List<Finding> findings) {
        return of(findings, location -> null);
    }

    static List<ApiFinding> of(List<Finding> findings, Function<String, Cell> cells) {
        return findings.stream().map(f -> new ApiFinding(f.rule(), f.severity().name(),
                FindingRows.label(f.severity()), f.message(), f.location(), cells.apply(f.location()))).toList();
    }

    /** The findings of one version, counted. */
    public record Report(int version, long errors, long warnings, List<ApiFinding> findings) {

        static Report of(int version, List<Finding> findings) {
            return of(version, findings, location -> null);
        }

        static Report of(int version, List<Finding> findings, Function<String, Cell> cells) {
            long errors = findings.stream().filter(Finding::isError).count();
            return new Report(version, errors, findings.size() - errors, ApiFinding.of(findings, cells));
        }
    }
}
