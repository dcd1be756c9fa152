package org.budgetflow.validation.audit;

import java.math.BigDecimal;

import org.budgetflow.validation.Findings;

/** V25 表12.部门预算总额 = 表01.收入总计; 表12.基本支出 = 表03.基本小计; 表12.项目支出 = 表03.项目小计 = 表11.合计 = 表13.合计. */
public final class V25PerformanceTables implements DisclosureRule {

    @Override
    public String id() {
        return "V25";
    }

    @Override
    public String title() {
        return "表12 预算情况、表13 合计与表01、表03、表11 一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Values t12 = d.table12().budget();
        Check.equal(f, id(), Table12.budgetAt(Columns.T12_TOTAL), "表12 部门预算总额", t12.get(Columns.T12_TOTAL),
                "表01 收入总计", d.table01().total(Table01.INCOME_TOTAL), 1);
        d.table03().total().ifPresent(t03 -> {
            Check.equal(f, id(), Table12.budgetAt(Columns.T12_BASIC), "表12 基本支出", t12.get(Columns.T12_BASIC),
                    "表03 基本支出 小计", t03.get(Columns.BASIC), 1);
            Check.equal(f, id(), Table12.budgetAt(Columns.T12_PROJECT), "表12 项目支出", t12.get(Columns.T12_PROJECT),
                    "表03 项目支出 小计", t03.get(Columns.PROJECT), 1);
        });
        BigDecimal t13 = d.table13().total().get(Columns.T13_TOTAL);
        d.table11().total().ifPresentOrElse(
                t11 -> Check.equal(f, id(), Table13.totalAt(Columns.T13_TOTAL), "表13 合计 资金总额", t13,
                        "表11 合计", t11.get(Columns.T11_TOTAL), 1),
                () -> Check.equal(f, id(), Table13.totalAt(Columns.T13_TOTAL), "表13 合计 资金总额", t13,
                        "表12 项目支出", t12.get(Columns.T12_PROJECT), 1));
    }
}
