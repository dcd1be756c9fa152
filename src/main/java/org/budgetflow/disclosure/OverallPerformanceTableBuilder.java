package org.budgetflow.disclosure;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.DepartmentPerformance;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.disclosure.model.OverallPerformanceTable;
import org.budgetflow.disclosure.model.OverallPerformanceTable.BudgetOverview;
import org.budgetflow.disclosure.model.OverallPerformanceTable.Indicator;
import org.budgetflow.disclosure.model.OverallPerformanceTable.Task;

/**
 * 预算12表 区级部门整体绩效目标表: the declared goal, tasks and indicators, and the derived 预算情况: 部门预算总额 =
 * 收入总计; 资金来源 by income source (政府预算资金 = the three fiscal budgets, 财政专户管理资金, 单位资金 = the rest);
 * 资金结构 = basic and project lines.
 */
final class OverallPerformanceTableBuilder {
    static final String ID = "12";

    OverallPerformanceTable build(Context ctx) {
        Budget budget = ctx.budget();
        DepartmentPerformance performance = budget.departmentPerformance();
        List<Funding> income = budget.income();
        BudgetOverview overview = new BudgetOverview(
                Money.blankIfZero(Money.funding(income, f -> true)),
                Money.blankIfZero(Money.funding(income, f -> f.fundSource().fiscal())),
                Money.blankIfZero(Money.funding(income, f -> f.fundSource() == FundSource.FISCAL_SPECIAL_ACCOUNT)),
                Money.blankIfZero(Money.funding(income, f -> !f.fundSource().fiscal()
                        && f.fundSource() != FundSource.FISCAL_SPECIAL_ACCOUNT)),
                Money.blankIfZero(Money.lines(budget.lines(), l -> l.category().isBasic())),
                Money.blankIfZero(Money.lines(budget.lines(), l -> l.category().isProject())));
        return new OverallPerformanceTable(ID, ctx.title(ID), ctx.wording().text("table.12.year", ctx.year()),
                budget.printedName(), performance.annualGoal(),
                performance.tasks().stream().map(t -> new Task(t.name(), t.content())).toList(),
                overview,
                performance.indicators().stream()
                        .map(i -> new Indicator(i.level1(), i.level2(), i.level3(), i.value(), i.explanation()))
                        .toList());
    }
}
