package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * V28 (warning), the part a budget-v1 document can be checked for: the prior-year fiscal components (一般公共预算 +
 * 政府性基金 + 国有资本经营) must not exceed the prior-year total (收支总计), and must equal it when all of this year's
 * money is fiscal (财政拨款). The narrative derives "与上年相比" from these figures, so figures that do not add up make the
 * printed changes contradict each other (guide §6.2, 000 item 1).
 * <p>
 * A null component means "no comparison stated": it counts as zero for the "exceeds" check and blocks the "differs"
 * check unless the department has no money of that source this year. A prior-year 0 with money this year (增减
 * percentage not computable) is not an error and is not reported.
 */
public final class PriorYearFiguresAddUp implements BudgetRule {

    @Override
    public String id() {
        return "V28";
    }

    @Override
    public String title() {
        return "上年数衔接：上年一般公共预算 + 政府性基金 + 国有资本经营不超过（全部为财政拨款时等于）上年收支总计";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Budget budget = context.budget();
        PriorYear prior = budget.priorYear();
        if (prior.total() == null) {
            return;
        }
        Map<FundSource, BigDecimal> thisYear = incomeBySource(budget.income());
        List<String> terms = new ArrayList<>();
        BigDecimal sum = Amounts.orZero(null);
        boolean comparable = true;
        List<Component> components = List.of(
                new Component(FundSource.GENERAL_PUBLIC_BUDGET, "一般公共预算", prior.generalPublicBudget()),
                new Component(FundSource.GOVERNMENT_FUND, "政府性基金", prior.governmentFund()),
                new Component(FundSource.STATE_CAPITAL, "国有资本经营", prior.stateCapital()));
        for (Component c : components) {
            if (c.value == null) {
                comparable &= thisYear.getOrDefault(c.source, BigDecimal.ZERO).signum() == 0;
            } else {
                terms.add(c.label + " " + money(c.value));
                sum = sum.add(c.value);
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        String year = prior.year() == null ? "上年" : prior.year() + "年";
        String figures = year + "预算数不衔接：" + String.join(" + ", terms)
                + (terms.size() > 1 ? " = " + money(sum) : "");
        int cmp = sum.compareTo(prior.total());
        if (cmp > 0) {
            findings.warning(id(), "priorYear", figures + "，高于" + year + "收支总计 " + money(prior.total())
                    + "（相差 " + money(sum.subtract(prior.total())) + "）；与上年相比的增减额和增减率将相互矛盾");
        } else if (cmp < 0 && comparable && allFiscal(budget.income())) {
            findings.warning(id(), "priorYear", figures + "，低于" + year + "收支总计 " + money(prior.total())
                    + "（相差 " + money(prior.total().subtract(sum)) + "）；本年资金全部为财政拨款，上年各来源之和应等于收支总计");
        }
    }

    private static Map<FundSource, BigDecimal> incomeBySource(List<Funding> income) {
        Map<FundSource, BigDecimal> sums = new EnumMap<>(FundSource.class);
        for (Funding f : income) {
            if (f.fundSource() != null) {
                sums.merge(f.fundSource(), Amounts.orZero(f.amount()), BigDecimal::add);
            }
        }
        return sums;
    }

    private static boolean allFiscal(List<Funding> income) {
        return !income.isEmpty() && income.stream()
                .allMatch(f -> f.fundSource() != null && f.fundSource().fiscal());
    }

    private record Component(FundSource source, String label, BigDecimal value) {
    }
}
