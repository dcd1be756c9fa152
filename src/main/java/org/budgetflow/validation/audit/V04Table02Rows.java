package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.validation.Findings;

/**
 * V04 表02: per row 总计 = 本年收入合计 + 上年结转结余合计; 本年收入合计 = Σ source columns (一般公共预算 小计 counted
 * once); 上年结转结余合计 = Σ its columns; 部门 row = Σ 单位 rows; 合计 = Σ 部门 rows.
 */
public final class V04Table02Rows implements DisclosureRule {
    private static final List<String> SOURCES = sources();
    private static final List<String> COLUMNS = columns();

    @Override
    public String id() {
        return "V04";
    }

    @Override
    public String title() {
        return "表02 各行总计、本年收入、上年结转结余与其构成相符，部门行、合计行等于下级行之和";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        RowTable t = d.table02();
        for (TableRow row : t.rows()) {
            String name = "表02 " + row.label() + " ";
            Check.equal(f, id(), row.at(Columns.T02_GRAND_TOTAL), name + "总计", row.get(Columns.T02_GRAND_TOTAL),
                    "本年收入合计 + 上年结转结余合计",
                    row.get(Columns.T02_CURRENT).add(row.get(Columns.T02_CARRY)), 2);
            Check.equal(f, id(), row.at(Columns.T02_CURRENT), name + "本年收入合计", row.get(Columns.T02_CURRENT),
                    "各收入来源之和", Check.sum(row.values(), SOURCES), SOURCES.size());
            Check.equal(f, id(), row.at(Columns.T02_CARRY), name + "上年结转结余合计", row.get(Columns.T02_CARRY),
                    "上年结转结余各项之和", Check.sum(row.values(), Columns.T02_CARRY_PARTS),
                    Columns.T02_CARRY_PARTS.size());
            BigDecimal fiscal = row.get(Columns.T02_GPB_FISCAL);
            if (Check.exceeds(fiscal, row.get(Columns.T02_GPB), 1)) {
                f.error(id(), row.at(Columns.T02_GPB_FISCAL), name + "一般公共预算 其中财政拨款 " + Check.fmt(fiscal)
                        + " 大于 小计 " + Check.fmt(row.get(Columns.T02_GPB)));
            }
        }
        Hierarchy.check(f, id(), t, COLUMNS, "单位行");
    }

    private static List<String> sources() {
        List<String> sources = new ArrayList<>();
        for (IncomeSource s : IncomeSource.values()) {
            sources.add(s.table02Column());
        }
        return List.copyOf(sources);
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(Columns.T02_GRAND_TOTAL, Columns.T02_CURRENT,
                Columns.T02_GPB_FISCAL));
        columns.addAll(SOURCES);
        columns.add(Columns.T02_CARRY);
        columns.addAll(Columns.T02_CARRY_PARTS);
        return List.copyOf(columns);
    }
}
