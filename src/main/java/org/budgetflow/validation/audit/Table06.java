package org.budgetflow.validation.audit;

import java.util.List;

/**
 * 预算06表 一般公共预算基本支出预算表: the total and one row per (部门经济分类 款, 政府经济分类 款) pair.
 * Rows carry deptEconCode as their code and the four code/name fields.
 */
public record Table06(Values total, List<TableRow> rows) {
    public static final String TOTAL_LOCATION = "tables.06.total";

    public Table06 {
        rows = List.copyOf(rows);
    }

    public static String totalAt(String column) {
        return TOTAL_LOCATION + "." + column;
    }
}
