package org.budgetflow.validation;

import java.util.List;

import org.budgetflow.validation.rules.AmountsArePositive;
import org.budgetflow.validation.rules.BasicCategoryMatchesEconomicClass;
import org.budgetflow.validation.rules.DepartmentTextsNameCurrentYears;
import org.budgetflow.validation.rules.FundSourceFlagsAreConsistent;
import org.budgetflow.validation.rules.IncomeBalancesSpending;
import org.budgetflow.validation.rules.PriorYearFiguresAddUp;
import org.budgetflow.validation.rules.ProcurementCoversCapitalAndServiceSpending;
import org.budgetflow.validation.rules.ProjectLinesNameAKnownProject;
import org.budgetflow.validation.rules.ProjectsHaveProjectLines;
import org.budgetflow.validation.rules.ProjectsMatchTheirLines;
import org.budgetflow.validation.rules.ThreePublicGrowthIsExplained;
import org.budgetflow.validation.rules.UnitAndProjectIdentifiersAreValid;
import org.budgetflow.validation.rules.VehiclesMatchVehicleRunningCosts;

/** The rule set a budget is validated with: every B, C, L and budget-level V rule of the domain guide. */
public final class StandardRules {
    private StandardRules() {
    }

    public static List<BudgetRule> all() {
        return List.of(
                // B: the budget-v1 document itself
                new IncomeBalancesSpending(),
                new ProjectLinesNameAKnownProject(),
                new ProjectsMatchTheirLines(),
                new AmountsArePositive(),
                new UnitAndProjectIdentifiersAreValid(),
                new ProjectsHaveProjectLines(),
                new BasicCategoryMatchesEconomicClass(),
                new FundSourceFlagsAreConsistent(),
                // V: budget-level plausibility and policy
                new PriorYearFiguresAddUp(),
                new ProcurementCoversCapitalAndServiceSpending(),
                new VehiclesMatchVehicleRunningCosts(),
                new ThreePublicGrowthIsExplained(),
                new DepartmentTextsNameCurrentYears());
    }

    public static BudgetValidator validator() {
        return new BudgetValidator(all());
    }
}
