package org.budgetflow.validation.audit;

import java.math.BigDecimal;

import org.budgetflow.validation.Findings;

/** V24 表11 本年拨款 一般公共预算 + 表05 基本支出 = 表01 一般公共预算 (本年). */
public final class V24CurrentGeneralBudget implements DisclosureRule {

    @Override
    public String id() {
        return "V24";
    }

    @Override
    public String title() {
        return "表11 本年一般公共预算拨款加表05 基本支出等于表01 一般公共预算收入";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        d.table01().income(IncomeSource.GENERAL_PUBLIC_BUDGET).ifPresent(gpb -> {
            BigDecimal projects = d.table11().total().map(r -> r.get(Columns.T11_CURRENT_GPB))
                    .orElse(BigDecimal.ZERO);
            BigDecimal basic = d.table05().total().map(r -> r.get(Columns.BASIC)).orElse(BigDecimal.ZERO);
            Check.equal(f, id(), gpb.location(), "表01 " + gpb.item(), gpb.amount(),
                    "表11 本年拨款 一般公共预算 " + Check.fmt(projects) + " + 表05 基本支出 " + Check.fmt(basic) + " =",
                    projects.add(basic), 2);
        });
    }
}
