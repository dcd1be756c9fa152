package org.budgetflow.district;

import java.util.List;

/**
 * A department the district has a budget for: its code, its name, its overall table (null when the book has none)
 * and the project rows that belong to it, in book order.
 */
record DepartmentEntry(String code, String name, BookDepartment table, List<BookProject> projects) {
    DepartmentEntry {
        projects = List.copyOf(projects);
    }
}
