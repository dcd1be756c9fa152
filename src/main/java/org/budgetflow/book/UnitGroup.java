package org.budgetflow.book;

import java.math.BigDecimal;
import java.util.List;

/** The projects of one unit in part two, with the unit's totals (万元) as the book prints them in its header row. */
public record UnitGroup(String code, String name, BigDecimal total, BigDecimal governmentFunds,
                        List<ProjectEntry> projects) {
    public UnitGroup {
        projects = List.copyOf(projects);
    }
}
