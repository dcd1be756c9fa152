package org.budgetflow.book;

import java.util.List;

/**
 * The congress review book of one year: every department (by code) and the district summary. Format-neutral; amounts
 * in 万元 as the budgets keep them (the renderers print 元, as the printed book does).
 */
public record CongressBook(int year, List<DepartmentSection> departments, DistrictSummary summary) {
    /** The book's title, as printed on the cover. */
    public static final String TITLE = "区级部门预算绩效目标表";

    public CongressBook {
        departments = List.copyOf(departments);
    }

    /** "2024年区级部门预算绩效目标表". */
    public String title() {
        return year + "年" + TITLE;
    }
}
