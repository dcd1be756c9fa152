package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.budgetflow.validation.Findings;

/** The row-sum invariants of a row table: Σ leaf rows = their department row; Σ department rows = the total row. */
final class Hierarchy {
    private Hierarchy() {
    }

    /**
     * @param leafName how the leaf rows are named in a message ("单位行", "功能科目行", "经济分类行", "项目行")
     */
    static void check(Findings findings, String rule, RowTable table, List<String> columns, String leafName) {
        Optional<TableRow> total = table.total();
        List<TableRow> departments = table.departments();
        if (departments.isEmpty()) {
            if (total.isPresent() && !table.leaves().isEmpty()) {
                compare(findings, rule, table, total.get(), table.leaves(), columns, "合计行", leafName + "之和");
            }
            return;
        }
        for (int i = 0; i < departments.size(); i++) {
            List<TableRow> children = table.childrenOf(i);
            if (!children.isEmpty()) {
                TableRow department = departments.get(i);
                compare(findings, rule, table, department, children, columns, "部门 " + department.label(),
                        leafName + "之和");
            }
        }
        total.ifPresent(t -> compare(findings, rule, table, t, departments, columns, "合计行", "部门行之和"));
    }

    private static void compare(Findings findings, String rule, RowTable table, TableRow parent, List<TableRow> parts,
                                List<String> columns, String parentName, String partsName) {
        for (String column : columns) {
            BigDecimal sum = Check.sum(parts, column);
            Check.equal(findings, rule, parent.at(column), table.label() + " " + parentName + " " + column,
                    parent.get(column), partsName, sum, parts.size());
        }
    }
}
