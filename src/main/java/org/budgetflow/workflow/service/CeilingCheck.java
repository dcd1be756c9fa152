package org.budgetflow.workflow.service;

import java.math.BigDecimal;
import java.util.Optional;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.validation.Finding;

/**
 * Rule B9: the budget stays within its 控制数. The finance bureau's ceiling (一下) limits the department's
 * current-year 一般公共预算 income (二上 "在控制数以内编报"); a budget above it cannot be submitted.
 */
public final class CeilingCheck {
    public static final String RULE = "B9";
    static final String LOCATION = "income[fundSource=GENERAL_PUBLIC_BUDGET][carryOver=false]";

    private CeilingCheck() {
    }

    /** The current-year 一般公共预算 income of the budget (上年结转 not included). */
    public static BigDecimal generalPublicBudget(Budget budget) {
        return budget.income().stream()
                .filter(f -> f.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET && !f.carryOver())
                .map(Funding::amount)
                .reduce(Amounts.sum(), Amounts::sum);
    }

    /** An ERROR finding when the budget exceeds the ceiling; nothing without a ceiling. */
    public static Optional<Finding> check(Budget budget, BigDecimal ceiling) {
        if (ceiling == null) {
            return Optional.empty();
        }
        BigDecimal total = generalPublicBudget(budget);
        if (total.compareTo(ceiling) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(RULE, LOCATION,
                "一般公共预算本年收入合计 " + Amounts.format(total) + " 超过财政局下达的控制数 "
                        + Amounts.format(ceiling) + "（超出 " + Amounts.format(total.subtract(ceiling))
                        + "），请在控制数以内编报"));
    }
}
