package org.budgetflow.validation.audit;

import java.util.List;

/**
 * 预算13表 项目绩效目标表: total, unit rows (code, name) and project rows (code = projectCode, name = projectName,
 * field unitCode); amounts 资金总额, 政府预算资金, 财政专户管理资金, 单位资金.
 */
public record Table13(Values total, List<TableRow> units, List<TableRow> projects) {
    public static final String TOTAL_LOCATION = "tables.13.total";

    public Table13 {
        units = List.copyOf(units);
        projects = List.copyOf(projects);
    }

    public static String totalAt(String column) {
        return TOTAL_LOCATION + "." + column;
    }
}
