package org.budgetflow.workflow.service;

import java.math.BigDecimal;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Line;

/** The headline figures of a budget for the congress's overview (万元). */
public record BudgetFigures(BigDecimal expenditure, BigDecimal generalPublicBudget, int projects) {

    public static BudgetFigures of(Budget budget) {
        BigDecimal expenditure = budget.lines().stream().map(Line::amount).reduce(Amounts.sum(), Amounts::sum);
        return new BudgetFigures(expenditure, CeilingCheck.generalPublicBudget(budget), budget.projects().size());
    }
}
