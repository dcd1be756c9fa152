package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.validation.Findings;

/** V01 表01: 本年收入合计 = Σ 收入 rows 一…九 ("其中：财政拨款" is a sub-row, not added, and not above 一般公共预算). */
public final class V01IncomeRowsAddUp implements DisclosureRule {

    @Override
    public String id() {
        return "V01";
    }

    @Override
    public String title() {
        return "表01 本年收入合计等于收入各项（一至九）之和";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table01 t = d.table01();
        List<ItemAmount> rows = t.incomeRows();
        BigDecimal sum = rows.stream().map(ItemAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Check.equal(f, id(), Table01.totalLocation(Table01.CURRENT_INCOME), "表01 本年收入合计",
                t.total(Table01.CURRENT_INCOME), "收入各项（一至九）之和", sum, rows.size());
        t.fiscalAppropriation().ifPresent(fiscal -> t.income(IncomeSource.GENERAL_PUBLIC_BUDGET).ifPresent(gpb -> {
            if (Check.exceeds(fiscal.amount(), gpb.amount(), 1)) {
                f.error(id(), fiscal.location(), "表01 " + fiscal.item() + " " + Check.fmt(fiscal.amount())
                        + " 大于 " + gpb.item() + " " + Check.fmt(gpb.amount()));
            }
        }));
    }
}
