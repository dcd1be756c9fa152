package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/** V02 表01: 收入总计 = 本年收入合计 + 上年结转结余; 支出总计 = 本年支出合计 + 年终结转结余; 收入总计 = 支出总计. */
public final class V02Table01Totals implements DisclosureRule {

    @Override
    public String id() {
        return "V02";
    }

    @Override
    public String title() {
        return "表01 收入总计、支出总计与其构成相符且收支平衡";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table01 t = d.table01();
        Check.equal(f, id(), Table01.totalLocation(Table01.INCOME_TOTAL), "表01 收入总计",
                t.total(Table01.INCOME_TOTAL),
                "本年收入合计 " + Check.fmt(t.total(Table01.CURRENT_INCOME)) + " + 上年结转结余 "
                        + Check.fmt(t.total(Table01.CARRY_OVER)) + " =",
                t.total(Table01.CURRENT_INCOME).add(t.total(Table01.CARRY_OVER)), 2);
        Check.equal(f, id(), Table01.totalLocation(Table01.EXPENDITURE_TOTAL), "表01 支出总计",
                t.total(Table01.EXPENDITURE_TOTAL),
                "本年支出合计 " + Check.fmt(t.total(Table01.CURRENT_EXPENDITURE)) + " + 年终结转结余 "
                        + Check.fmt(t.total(Table01.CARRY_FORWARD)) + " =",
                t.total(Table01.CURRENT_EXPENDITURE).add(t.total(Table01.CARRY_FORWARD)), 2);
        Check.equal(f, id(), "tables.01.totals", "表01 收入总计", t.total(Table01.INCOME_TOTAL), "支出总计",
                t.total(Table01.EXPENDITURE_TOTAL), 1);
    }
}
