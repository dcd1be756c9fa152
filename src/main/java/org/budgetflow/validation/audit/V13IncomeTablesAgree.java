package org.budgetflow.validation.audit;

import java.math.BigDecimal;

import org.budgetflow.validation.Findings;

/** V13 表02.总计 = 表01.收入总计; 表02 本年收入 by source = 表01 income rows; 表02 上年结转结余合计 = 表01 上年结转结余. */
public final class V13IncomeTablesAgree implements DisclosureRule {

    @Override
    public String id() {
        return "V13";
    }

    @Override
    public String title() {
        return "表02 合计行与表01 收入各项一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table01 t01 = d.table01();
        d.table02().total().ifPresent(total -> {
            Check.equal(f, id(), total.at(Columns.T02_GRAND_TOTAL), "表02 合计 总计", total.get(Columns.T02_GRAND_TOTAL),
                    "表01 收入总计", t01.total(Table01.INCOME_TOTAL), 1);
            Check.equal(f, id(), total.at(Columns.T02_CURRENT), "表02 合计 本年收入合计", total.get(Columns.T02_CURRENT),
                    "表01 本年收入合计", t01.total(Table01.CURRENT_INCOME), 1);
            for (IncomeSource source : IncomeSource.values()) {
                ItemAmount row = t01.income(source).orElse(null);
                BigDecimal t01Amount = row == null ? BigDecimal.ZERO : row.amount();
                Check.equal(f, id(), total.at(source.table02Column()), "表02 合计 " + source.table02Column(),
                        total.get(source.table02Column()),
                        "表01 " + (row == null ? source.keyword() : row.item()), t01Amount, 1);
            }
            t01.fiscalAppropriation().ifPresent(fiscal -> Check.equal(f, id(), total.at(Columns.T02_GPB_FISCAL),
                    "表02 合计 一般公共预算 其中财政拨款", total.get(Columns.T02_GPB_FISCAL),
                    "表01 " + fiscal.item(), fiscal.amount(), 1));
            Check.equal(f, id(), total.at(Columns.T02_CARRY), "表02 合计 上年结转结余合计", total.get(Columns.T02_CARRY),
                    "表01 上年结转结余", t01.total(Table01.CARRY_OVER), 1);
        });
    }
}
