package org.budgetflow.validation.audit;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.validation.Findings;

/** V10 表11: per row 合计 = Σ 本年拨款(3) + Σ 财政拨款结转结余(3) + 财政专户 + 单位资金; 部门 row = Σ projects. */
public final class V10Table11Rows implements DisclosureRule {
    private static final List<String> COLUMNS = columns();

    @Override
    public String id() {
        return "V10";
    }

    @Override
    public String title() {
        return "表11 各行合计等于各资金来源之和，部门行、合计行等于项目行之和";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        RowTable t = d.table11();
        for (TableRow row : t.rows()) {
            Check.equal(f, id(), row.at(Columns.T11_TOTAL), "表11 " + row.label() + " 合计",
                    row.get(Columns.T11_TOTAL), "各资金来源之和", Check.sum(row.values(), Columns.T11_PARTS),
                    Columns.T11_PARTS.size());
        }
        Hierarchy.check(f, id(), t, COLUMNS, "项目行");
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(Columns.T11_TOTAL);
        columns.addAll(Columns.T11_PARTS);
        return List.copyOf(columns);
    }
}
