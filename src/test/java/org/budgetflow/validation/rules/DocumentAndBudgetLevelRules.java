package org.budgetflow.validation.rules;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Findings;

/** The rules of this task (B1–B8, V28, V31–V34), for the tests that run them together. */
final class DocumentAndBudgetLevelRules {
    private DocumentAndBudgetLevelRules() {
    }

    static List<BudgetRule> all() {
        return List.of(
                new IncomeBalancesSpending(),
                new ProjectLinesNameAKnownProject(),
                new ProjectsMatchTheirLines(),
                new AmountsArePositive(),
                new UnitAndProjectIdentifiersAreValid(),
                new ProjectsHaveProjectLines(),
                new BasicCategoryMatchesEconomicClass(),
                new FundSourceFlagsAreConsistent(),
                new PriorYearFiguresAddUp(),
                new ProcurementCoversCapitalAndServiceSpending(),
                new VehiclesMatchVehicleRunningCosts(),
                new ThreePublicGrowthIsExplained(),
                new DepartmentTextsNameCurrentYears());
    }

    static List<Finding> run(Budget budget) {
        BudgetContext context = new BudgetContext(budget);
        Findings findings = new Findings();
        for (BudgetRule rule : all()) {
            rule.check(context, findings);
        }
        return findings.toList();
    }
}
