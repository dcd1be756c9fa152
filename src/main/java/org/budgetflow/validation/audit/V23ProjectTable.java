package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.validation.Findings;

/**
 * V23 表11.合计 = 表03.项目支出小计; Σ 表11 projects by 类型 = 表03 其他运转类 / 特定目标类; 表11 一般公共预算 (本年 +
 * 结转) = 表05 项目支出; 表11 政府性基金 = 表09 项目支出; 表11 国有资本经营 = 表10 项目支出.
 */
public final class V23ProjectTable implements DisclosureRule {

    @Override
    public String id() {
        return "V23";
    }

    @Override
    public String title() {
        return "表11 项目合计、类型及各资金来源与表03、表05、表09、表10 项目支出一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        RowTable t11 = d.table11();
        t11.total().ifPresent(total -> {
            d.table03().total().ifPresent(t03 -> {
                Check.equal(f, id(), total.at(Columns.T11_TOTAL), "表11 合计", total.get(Columns.T11_TOTAL),
                        "表03 项目支出 小计", t03.get(Columns.PROJECT), 1);
                checkType(f, t11, t03, "其他运转类", Columns.OTHER_OPERATING);
                checkType(f, t11, t03, "特定目标类", Columns.SPECIFIC_PURPOSE);
            });
            checkSource(f, total, d.table05(), Columns.T11_CURRENT_GPB, Columns.T11_CARRY_GPB, "一般公共预算");
            checkSource(f, total, d.table09(), Columns.T11_CURRENT_FUND, Columns.T11_CARRY_FUND, "政府性基金预算");
            checkSource(f, total, d.table10(), Columns.T11_CURRENT_STATE, Columns.T11_CARRY_STATE, "国有资本经营预算");
        });
    }

    private void checkType(Findings f, RowTable t11, TableRow t03, String type, String column) {
        List<TableRow> projects = t11.leaves().stream().filter(r -> type.equals(r.field("类型"))).toList();
        BigDecimal sum = Check.sum(projects, Columns.T11_TOTAL);
        Check.equal(f, id(), t03.at(column), "表03 项目支出 " + type, t03.get(column),
                "表11 " + type + "项目之和", sum, Math.max(1, projects.size()));
    }

    private void checkSource(Findings f, TableRow t11, RowTable table, String current, String carry, String name) {
        table.total().ifPresent(total -> {
            BigDecimal sum = t11.get(current).add(t11.get(carry));
            Check.equal(f, id(), total.at(Columns.PROJECT), "表11 " + name + "（本年拨款 "
                            + Check.fmt(t11.get(current)) + " + 财政拨款结转结余 " + Check.fmt(t11.get(carry)) + "）", sum,
                    table.label() + " 项目支出 小计", total.get(Columns.PROJECT), 2);
        });
    }
}
