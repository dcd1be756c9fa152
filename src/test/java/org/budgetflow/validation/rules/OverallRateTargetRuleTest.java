package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.junit.jupiter.api.Test;

class OverallRateTargetRuleTest {
    private static final String BUDGET = "预算和财务管理";
    private static final String INPUT = "投入管理指标";
    private final OverallRateTargetRule rule = new OverallRateTargetRule();

    @Test
    void reports_a_three_public_control_rate_capped_far_below_one_hundred_percent() {
        List<Finding> findings = LintBudgets.budget(2024)
                .overall(INPUT, BUDGET, "“三公经费”控制率", "≤5%")
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("L8");
            assertThat(f.location()).isEqualTo("departmentPerformance.indicators[0]");
            assertThat(f.message()).isEqualTo("整体绩效目标（表12）投入管理指标—预算和财务管理““三公经费”控制率”≤5% "
                    + "远低于100%：控制率=实际支出数/预算数，以“≤5%”为上限不是有意义的目标");
        });
    }

    @Test
    void reports_rates_above_one_hundred_percent() {
        List<Finding> findings = LintBudgets.budget()
                .overall(INPUT, BUDGET, "\"三公经费\"控制率", "≤105%")
                .overall(INPUT, BUDGET, "政府采购执行率", "≥110%")
                .overall(INPUT, BUDGET, "预算执行率", "120%")
                .check(rule);

        assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.message()).contains("目标超过100%"));
    }

    @Test
    void accepts_meaningful_targets_of_the_worked_example() {
        List<Finding> findings = LintBudgets.budget()
                .overall(INPUT, BUDGET, "“三公经费”控制率", "≤100%")
                .overall(INPUT, BUDGET, "政府采购执行率", "≥90%")
                .overall(INPUT, BUDGET, "预算执行率", "≥93%")
                .overall(INPUT, BUDGET, "预算调整率", "≤15%")
                .overall(INPUT, BUDGET, "结转结余率", "≤12%")
                .overall(INPUT, BUDGET, "“三公经费”控制率", "≤95%")
                .check(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void takes_the_lowest_meaningful_cap_from_its_constructor() {
        OverallRateTargetRule lenient = new OverallRateTargetRule(new IndicatorSheets(), new BigDecimal("50"));

        List<Finding> findings = LintBudgets.budget()
                .overall(INPUT, BUDGET, "“三公经费”控制率", "≤85%")
                .check(lenient);

        assertThat(findings).isEmpty();
        assertThat(LintBudgets.budget().overall(INPUT, BUDGET, "“三公经费”控制率", "≤85%").check(rule)).hasSize(1);
    }
}
