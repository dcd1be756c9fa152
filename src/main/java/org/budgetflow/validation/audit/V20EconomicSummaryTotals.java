package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/**
 * V20 表07.总计 = 表03.合计 = 表01.支出总计 (when 年终结转结余 = 0); 表07 上年结转结余 column = 表01.上年结转结余
 * (all of it is spent when 年终结转结余 = 0).
 */
public final class V20EconomicSummaryTotals implements DisclosureRule {

    @Override
    public String id() {
        return "V20";
    }

    @Override
    public String title() {
        return "表07 总计与表03、表01 一致，上年结转结余列与表01 一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table01 t01 = d.table01();
        boolean allSpent = t01.total(Table01.CARRY_FORWARD).signum() == 0;
        d.table07().total().ifPresent(t07 -> {
            boolean reported = d.table03().total().map(t03 -> Check.equal(f, id(), t07.at(Columns.T07_TOTAL),
                    "表07 合计 总计", t07.get(Columns.T07_TOTAL), "表03 合计", t03.get(Columns.TOTAL), 1)).orElse(false);
            if (!reported && allSpent) {
                Check.equal(f, id(), t07.at(Columns.T07_TOTAL), "表07 合计 总计", t07.get(Columns.T07_TOTAL),
                        "表01 支出总计", t01.total(Table01.EXPENDITURE_TOTAL), 1);
            }
            if (allSpent) {
                Check.equal(f, id(), t07.at(Columns.T07_CARRY), "表07 合计 上年结转结余", t07.get(Columns.T07_CARRY),
                        "表01 上年结转结余", t01.total(Table01.CARRY_OVER), 1);
            }
        });
    }
}
