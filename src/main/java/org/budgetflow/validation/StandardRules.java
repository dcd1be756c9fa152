package org.budgetflow.validation;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.classification.ClassificationCatalog;

import org.budgetflow.validation.rules.AmountsArePositive;
import org.budgetflow.validation.rules.BasicCategoryMatchesEconomicClass;
import org.budgetflow.validation.rules.ClassificationCodeRule;
import org.budgetflow.validation.rules.DepartmentTextsNameCurrentYears;
import org.budgetflow.validation.rules.EconomicMappingRule;
import org.budgetflow.validation.rules.FunctionScopeRule;
import org.budgetflow.validation.rules.FundSourceFlagsAreConsistent;
import org.budgetflow.validation.rules.IndicatorLintRules;
import org.budgetflow.validation.rules.IncomeBalancesSpending;
import org.budgetflow.validation.rules.PriorYearFiguresAddUp;
import org.budgetflow.validation.rules.ProcurementCoversCapitalAndServiceSpending;
import org.budgetflow.validation.rules.ProjectCodeRule;
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

    /** The standard rules with the bundled classification codes. */
    public static List<BudgetRule> all() {
        return all(ClassificationCatalog.loadDefault());
    }

    public static List<BudgetRule> all(ClassificationCatalog catalog) {
        List<BudgetRule> rules = new ArrayList<>(List.of(
                // B: the budget-v1 document itself
                new IncomeBalancesSpending(),
                new ProjectLinesNameAKnownProject(),
                new ProjectsMatchTheirLines(),
                new AmountsArePositive(),
                new UnitAndProjectIdentifiersAreValid(),
                new ProjectsHaveProjectLines(),
                new BasicCategoryMatchesEconomicClass(),
                new FundSourceFlagsAreConsistent(),
                // C: classification codes
                new ClassificationCodeRule(catalog),
                new EconomicMappingRule(catalog),
                new ProjectCodeRule(),
                new FunctionScopeRule(catalog),
                // V: budget-level plausibility and policy
                new PriorYearFiguresAddUp(),
                new ProcurementCoversCapitalAndServiceSpending(),
                new VehiclesMatchVehicleRunningCosts(),
                new ThreePublicGrowthIsExplained(),
                new DepartmentTextsNameCurrentYears()));
        // L: performance-target indicator lint (tables 12 and 13)
        rules.addAll(IndicatorLintRules.create());
        return List.copyOf(rules);
    }

    public static BudgetValidator validator() {
        return new BudgetValidator(all());
    }

    public static BudgetValidator validator(ClassificationCatalog catalog) {
        return new BudgetValidator(all(catalog));
    }
}
