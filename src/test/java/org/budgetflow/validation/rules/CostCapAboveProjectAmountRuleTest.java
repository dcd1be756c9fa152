package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

class CostCapAboveProjectAmountRuleTest {
    private final CostCapAboveProjectAmountRule rule = new CostCapAboveProjectAmountRule();

    @Test
    void reports_a_total_cost_cap_one_cent_above_the_project_amount() {
        List<Finding> findings = LintBudgets.budget()
                .project("洛阳市既有住宅电梯（第一批）市级补贴资金", "38.50").code("410303230000000011939")
                .cost("总成本", "≤38.51万元").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("L4");
            assertThat(f.location()).isEqualTo("projects[0].indicators[0]");
            assertThat(f.message()).isEqualTo("项目“洛阳市既有住宅电梯（第一批）市级补贴资金”（410303230000000011939）"
                    + "成本指标“总成本”≤38.51万元 高于项目资金总额 38.50万元");
        });
    }

    @Test
    void converts_yuan_and_a_bare_wan_before_comparing() {
        List<Finding> findings = LintBudgets.budget()
                .project("统战政治特别费", "1.80").cost("活动所需费用", "≤19000元").done()
                .project("运行维护经费", "2.20").cost("运行维护费", "≤2.4 万").done()
                .check(rule);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "项目“统战政治特别费”（410303220000000000001）成本指标“活动所需费用”≤19000元（折合 1.90万元） 高于项目资金总额 1.80万元",
                "项目“运行维护经费”（410303220000000000002）成本指标“运行维护费”≤2.4 万（折合 2.40万元） 高于项目资金总额 2.20万元");
    }

    @Test
    void sums_every_line_of_the_project() {
        List<Finding> findings = LintBudgets.budget()
                .project("办公经费", "3.20").cost("办公总成本", "≤3.33万元").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).endsWith("高于项目资金总额 3.20万元"));
    }

    @Test
    void accepts_caps_within_the_amount_per_unit_costs_and_projects_without_lines() {
        List<Finding> findings = LintBudgets.budget()
                .project("区政府购买服务", "10.50")
                .cost("总成本", "≤10.5万元")
                .cost("每人每月工资", "≤0.27万元")
                .cost("人均工资", "≥2400元/月/人")
                .cost("社会成本", "无")
                .output("资金规模", "≤20万元").done()
                .project("没有支出明细的项目", null).cost("总成本", "≤5万元").done()
                .check(rule);

        assertThat(findings).isEmpty();
    }
}
