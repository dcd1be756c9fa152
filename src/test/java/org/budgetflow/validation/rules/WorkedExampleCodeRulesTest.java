package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.CodeBudgets;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

/** The 2023 西工区社创办 budget (examples/xigong-community-2023) passes the code rules. */
class WorkedExampleCodeRulesTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.loadDefault();
    private final Budget example = CodeBudgets.workedExample();

    @Test
    void the_worked_example_has_lines_and_projects_to_check() {
        assertThat(example.lines()).hasSize(23);
        assertThat(example.projects()).hasSize(9);
    }

    @Test
    void the_worked_example_raises_no_code_or_name_finding() {
        assertThat(check(new ClassificationCodeRule(CATALOG))).isEmpty();
    }

    @Test
    void the_worked_example_maps_every_economic_pair_including_performance_pay_on_50501() {
        assertThat(check(new EconomicMappingRule(CATALOG))).isEmpty();
    }

    @Test
    void the_worked_example_spends_fund_money_only_on_fund_items() {
        assertThat(check(new FunctionScopeRule(CATALOG))).isEmpty();
    }

    @Test
    void the_worked_example_has_plausible_project_codes() {
        assertThat(check(new ProjectCodeRule())).isEmpty();
    }

    private List<Finding> check(BudgetRule rule) {
        return ClassificationCodeRuleTest.check(rule, example);
    }
}
