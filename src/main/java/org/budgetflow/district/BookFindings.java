package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;

/**
 * What is wrong with the book itself (rules D1–D9), found while generating the district. Locations are paths into the
 * book's files: {@code projects.json[1063]}, {@code departments.json[12]}, {@code project_section_headers.json
 * .unitHeaders[17]}. Also keeps the projects no department owns (D1) and those of pseudo-departments (D3), which are
 * in no generated budget.
 */
public final class BookFindings {
    private final List<Finding> findings;
    private final List<BookProject> unattributed;
    private final List<BookProject> pseudoDepartmentProjects;

    BookFindings(List<Finding> findings, List<BookProject> unattributed, List<BookProject> pseudoDepartmentProjects) {
        this.findings = findings.stream().sorted(Comparator.comparingInt((Finding f) -> rule(f).ordinal())).toList();
        this.unattributed = List.copyOf(unattributed);
        this.pseudoDepartmentProjects = List.copyOf(pseudoDepartmentProjects);
    }

    /** In rule order, and within a rule in book order. */
    public List<Finding> all() {
        return findings;
    }

    public List<Finding> byRule(BookRule rule) {
        return findings.stream().filter(f -> f.rule().equals(rule.name())).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The projects that no department owns (D1), in book order. */
    public List<BookProject> unattributedProjects() {
        return unattributed;
    }

    public BigDecimal unattributedYuan() {
        return sum(unattributed);
    }

    /** The projects of pseudo-departments such as 财政专户 (D3), in book order. */
    public List<BookProject> pseudoDepartmentProjects() {
        return pseudoDepartmentProjects;
    }

    public BigDecimal pseudoDepartmentYuan() {
        return sum(pseudoDepartmentProjects);
    }

    private static BigDecimal sum(List<BookProject> projects) {
        return projects.stream().map(BookProject::totalYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BookRule rule(Finding f) {
        return BookRule.valueOf(f.rule());
    }

    /** Collects findings in the order they are found. */
    static final class Collector {
        private final List<Finding> list = new ArrayList<>();

        void add(BookRule rule, String location, String message) {
            list.add(new Finding(rule.name(), rule.severity(), message, location));
        }

        List<Finding> toList() {
            return List.copyOf(list);
        }
    }
}
