package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;

import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class ThreePublicGrowthIsExplainedTest {
    private final ThreePublicGrowthIsExplained rule = new ThreePublicGrowthIsExplained();

    @Test
    void warns_about_reception_costs_that_grow_without_a_reason() {
        List<Finding> findings = budget()
                .priorThreePublic("0.00", "1.00", "0.00", "0.00")
                .spend(line("30217", "50206").amount("1.20"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("V33");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("priorYear.threePublic.reception");
            assertThat(f.message()).contains("公务接待费 本年 1.20", "2022年 1.00", "增加 0.20", "只减不增");
        });
    }

    @Test
    void counts_vehicle_purchases_of_basic_and_project_lines_together() {
        List<Finding> findings = budget()
                .priorThreePublic("0.00", "0.00", "10.00", "0.00")
                .spend(line("31013", "50303").amount("6.00"))
                .projectSpending("P1", ProjectType.SPECIFIC_PURPOSE, "30913", "50403", "6.00")
                .findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("公务用车购置费 本年 12.00", "10.00");
    }

    @Test
    void accepts_growth_with_a_stated_reason() {
        List<Finding> findings = budget()
                .priorThreePublic("0.00", "1.00", "0.00", "0.00")
                .threePublicReason("新增接待任务")
                .spend(line("30217", "50206").amount("1.20"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void accepts_components_that_do_not_grow_or_have_no_prior_figure() {
        List<Finding> findings = budget()
                .priorThreePublic("2.00", null, "0.00", "0.00")
                .spend(line("30212", "50207").amount("2.00"))
                .spend(line("30217", "50206").amount("1.00"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void ignores_money_that_is_not_general_public_budget_appropriation() {
        List<Finding> findings = budget()
                .priorThreePublic("0.00", "0.00", "0.00", "0.00")
                .spend(line("30217", "50206").source(FundSource.BUSINESS_INCOME).amount("1.00"))
                .spend(line("30217", "50206").notAppropriation().amount("1.00"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
