package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.fundingPlace;
import static org.budgetflow.validation.rules.DocumentRuleSupport.money;
import static org.budgetflow.validation.rules.DocumentRuleSupport.source;
import static org.budgetflow.validation.rules.DocumentRuleSupport.unit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * B1: per unit, fund source and carry-over flag, income = lines + planned year-end carry-forward. Also reports money
 * spent or carried forward with no income at all, and income that is neither spent nor carried forward.
 */
public final class IncomeBalancesSpending implements BudgetRule {

    @Override
    public String id() {
        return "B1";
    }

    @Override
    public String title() {
        return "各单位按资金来源收支平衡：收入 = 支出 + 年终结转结余";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Budget budget = context.budget();
        Map<Key, Sums> sums = new LinkedHashMap<>();
        for (Funding f : budget.income()) {
            Sums s = sums.computeIfAbsent(Key.of(f), k -> new Sums());
            s.income = s.income.add(Amounts.orZero(f.amount()));
            s.hasIncome = true;
        }
        for (Line l : budget.lines()) {
            Sums s = sums.computeIfAbsent(new Key(l.unitCode(), l.fundSource(), l.carryOver()), k -> new Sums());
            s.lines = s.lines.add(Amounts.orZero(l.amount()));
        }
        for (Funding f : budget.carryForward()) {
            Sums s = sums.computeIfAbsent(Key.of(f), k -> new Sums());
            s.carryForward = s.carryForward.add(Amounts.orZero(f.amount()));
        }
        sums.forEach((key, s) -> report(context, key, s, findings));
    }

    private void report(BudgetContext context, Key key, Sums s, Findings findings) {
        BigDecimal spent = s.lines.add(s.carryForward);
        if (s.income.compareTo(spent) == 0) {
            return;
        }
        String place = unit(context, key.unitCode) + source(key.source, key.carryOver);
        String figures = "支出 " + money(s.lines) + " + 年终结转结余 " + money(s.carryForward);
        String message;
        if (!s.hasIncome) {
            message = place + "没有收入，却安排" + figures + "（相差 " + money(spent) + "）";
        } else if (spent.signum() == 0 && s.income.signum() > 0) {
            message = place + "收入 " + money(s.income) + " 既未安排支出也未列年终结转结余（" + figures + "）";
        } else {
            message = place + "收入 " + money(s.income) + " ≠ " + figures
                    + "（相差 " + money(s.income.subtract(spent).abs()) + "）";
        }
        findings.error(id(), fundingPlace("income", key.unitCode, key.source, key.carryOver), message);
    }

    private record Key(String unitCode, FundSource source, boolean carryOver) {
        static Key of(Funding f) {
            return new Key(f.unitCode(), f.fundSource(), f.carryOver());
        }
    }

    private static final class Sums {
        BigDecimal income = Amounts.orZero(null);
        BigDecimal lines = Amounts.orZero(null);
        BigDecimal carryForward = Amounts.orZero(null);
        boolean hasIncome;
    }
}
