package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of a disclosure table.
 *
 * @param rowType  total, department, unit, function, econ, project (or null where the table has no row types)
 * @param code     the row's code (unit/department/function code; 部门经济分类 code in tables 06/07; project code in 13)
 * @param name     the row's printed name (项目名称 for table 11 projects)
 * @param fields   the row's other text fields (类, 款, 项, deptEconCode, govEconCode, 类型, 项目单位, unitCode …)
 * @param values   the amount cells
 * @param location the row's path in the document, e.g. {@code tables.03.rows[code=2120101]}
 */
public record TableRow(String rowType, String code, String name, Map<String, String> fields, Values values,
                       String location) {

    public TableRow {
        fields = Map.copyOf(fields);
    }

    public String field(String key) {
        return fields.get(key);
    }

    public BigDecimal get(String column) {
        return values.get(column);
    }

    /** Path of one cell of this row, e.g. {@code tables.03.rows[code=2120101].合计}. */
    public String at(String column) {
        return location + "." + column;
    }

    public boolean isType(String type) {
        return type.equals(rowType);
    }

    /** How the row is named in a message: its code and name where it has them. */
    public String label() {
        if (code != null && name != null) {
            return code + " " + name;
        }
        return code != null ? code : name != null ? name : "合计";
    }
}
