package org.budgetflow.district;

import java.util.List;

/**
 * The extracted data of a printed performance-target book: the overall tables, the project rows in book order and
 * the header rows of the project table. Nothing is corrected here.
 *
 * @param title the book's title, for messages and the generated budgets' composition text
 */
public record PerformanceBook(String title, int year, List<BookDepartment> departments, List<BookProject> projects,
                              List<BookHeader> departmentHeaders, List<BookHeader> unitHeaders) {
    public PerformanceBook {
        departments = List.copyOf(departments);
        projects = List.copyOf(projects);
        departmentHeaders = departmentHeaders == null ? List.of() : List.copyOf(departmentHeaders);
        unitHeaders = unitHeaders == null ? List.of() : List.copyOf(unitHeaders);
    }
}
