package org.budgetflow.validation.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.budgetflow.validation.Findings;

/**
 * V07 表06: 合计 = 人员经费 + 公用经费 (total and rows); Σ rows = total; 301xx/303xx rows fall in 人员经费 and
 * 302xx/310xx rows in 公用经费; no duplicate (部门经济款, 政府经济款) pair and no blank code.
 */
public final class V07Table06Rows implements DisclosureRule {
    private static final List<String> COLUMNS = List.of(Columns.T06_TOTAL, Columns.T06_PERSONNEL,
            Columns.T06_PUBLIC);

    @Override
    public String id() {
        return "V07";
    }

    @Override
    public String title() {
        return "表06 合计等于人员经费加公用经费，科目归类正确，科目组合不重复、不缺编码";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table06 t = d.table06();
        checkSplit(f, t.total(), Table06.TOTAL_LOCATION, "表06 合计行 ");
        List<TableRow> rows = t.rows();
        for (String column : COLUMNS) {
            Check.equal(f, id(), Table06.totalAt(column), "表06 合计行 " + column, t.total().get(column),
                    "各科目行之和", Check.sum(rows, column), rows.size());
        }
        Set<String> pairs = new HashSet<>();
        for (TableRow row : rows) {
            String dept = blankToNull(row.field("deptEconCode"));
            String gov = blankToNull(row.field("govEconCode"));
            String name = ("表06 " + (dept == null ? "" : dept + " ") + nullToEmpty(row.field("deptEconName"))).trim()
                    + " ";
            if (dept == null || gov == null) {
                f.error(id(), row.location(), name + "缺少" + (dept == null ? "部门预算支出经济分类" : "政府预算支出经济分类")
                        + "科目编码");
            } else if (!pairs.add(dept + "/" + gov)) {
                f.error(id(), row.location(), "表06 科目组合 " + dept + "/" + gov + " 重复列示");
            }
            checkSplit(f, row.values(), row.location(), name);
            if (dept != null && (dept.startsWith("301") || dept.startsWith("303"))
                    && row.get(Columns.T06_PUBLIC).signum() != 0) {
                f.error(id(), row.at(Columns.T06_PUBLIC), name + "属人员经费，但公用经费栏为 "
                        + Check.fmt(row.get(Columns.T06_PUBLIC)));
            }
            if (dept != null && (dept.startsWith("302") || dept.startsWith("310"))
                    && row.get(Columns.T06_PERSONNEL).signum() != 0) {
                f.error(id(), row.at(Columns.T06_PERSONNEL), name + "属公用经费，但人员经费栏为 "
                        + Check.fmt(row.get(Columns.T06_PERSONNEL)));
            }
        }
    }

    private void checkSplit(Findings f, Values values, String location, String name) {
        Check.equal(f, id(), location + "." + Columns.T06_TOTAL, name + "合计", values.get(Columns.T06_TOTAL),
                "人员经费 " + Check.fmt(values.get(Columns.T06_PERSONNEL)) + " + 公用经费 "
                        + Check.fmt(values.get(Columns.T06_PUBLIC)) + " =",
                values.get(Columns.T06_PERSONNEL).add(values.get(Columns.T06_PUBLIC)), 2);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
