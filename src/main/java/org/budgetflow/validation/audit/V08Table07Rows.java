package org.budgetflow.validation.audit;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.validation.Findings;

/** V08 表07: per row 总计 = Σ source columns (一般公共预算 小计 counted once); Σ rows = 部门 row = 合计 row. */
public final class V08Table07Rows implements DisclosureRule {
    private static final List<String> COLUMNS = columns();

    @Override
    public String id() {
        return "V08";
    }

    @Override
    public String title() {
        return "表07 各行总计等于各资金来源之和，部门行、合计行等于经济分类行之和";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        RowTable t = d.table07();
        for (TableRow row : t.rows()) {
            Check.equal(f, id(), row.at(Columns.T07_TOTAL), "表07 " + label(row) + " 总计",
                    row.get(Columns.T07_TOTAL), "各资金来源之和", Check.sum(row.values(), Columns.T07_SOURCES),
                    Columns.T07_SOURCES.size());
            if (Check.exceeds(row.get(Columns.T07_GPB_FISCAL), row.get(Columns.T07_GPB), 1)) {
                f.error(id(), row.at(Columns.T07_GPB_FISCAL), "表07 " + label(row) + " 一般公共预算 其中财政拨款 "
                        + Check.fmt(row.get(Columns.T07_GPB_FISCAL)) + " 大于 小计 "
                        + Check.fmt(row.get(Columns.T07_GPB)));
            }
        }
        Hierarchy.check(f, id(), t, COLUMNS, "经济分类行");
    }

    static String label(TableRow row) {
        if (row.isType(RowTable.TOTAL)) {
            return "合计行";
        }
        String gov = row.field("govEconCode");
        return row.label() + (gov == null ? "" : "（" + gov + (row.field("govEconName") == null ? ""
                : " " + row.field("govEconName")) + "）");
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(Columns.T07_TOTAL);
        columns.add(Columns.T07_GPB_FISCAL);
        columns.addAll(Columns.T07_SOURCES);
        return List.copyOf(columns);
    }
}
