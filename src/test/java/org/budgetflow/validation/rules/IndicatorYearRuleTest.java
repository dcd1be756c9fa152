package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

class IndicatorYearRuleTest {
    private final IndicatorYearRule rule = new IndicatorYearRule();

    @Test
    void reports_last_years_hiring_period_in_a_2023_target() {
        List<Finding> findings = LintBudgets.budget(2023)
                .project("区政府购买服务", "10.50").code("410303220000000009157")
                .output("聘用时间", "2022年1月-2022年12月").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("L5");
            assertThat(f.location()).isEqualTo("projects[0].indicators[0]");
            assertThat(f.message()).isEqualTo("项目“区政府购买服务”（410303220000000009157）产出指标“聘用时间”"
                    + "2022年1月-2022年12月 含非预算年度的年份 2022（预算年度 2023）");
        });
    }

    @Test
    void reports_years_in_the_indicator_name_and_in_table_12() {
        List<Finding> findings = LintBudgets.budget(2024)
                .project("招录工作经费", "5.00").output("2021年招录公务员人数", "29名").done()
                .overall("产出指标", "重点工作任务完成", "2023 年度站区交通秩序明显改善", "≥95%")
                .check(rule);

        assertThat(findings).extracting(Finding::location)
                .containsExactly("projects[0].indicators[0]", "departmentPerformance.indicators[0]");
        assertThat(findings.get(0).message()).contains("含非预算年度的年份 2021（预算年度 2024）");
    }

    @Test
    void reports_a_deadline_of_the_year_before() {
        List<Finding> findings = LintBudgets.budget(2024)
                .project("灭四害经费", "3.00").output("完成时间", "2023 年末").done()
                .check(rule);

        assertThat(findings).hasSize(1);
    }

    @Test
    void accepts_the_budget_year_a_fund_year_of_the_project_and_a_period_from_the_budget_year() {
        List<Finding> findings = LintBudgets.budget(2023)
                .project("西工区2022年老旧小区改造提质工程（专项债）", "1000.00")
                .output("2022年老旧小区改造完成率", "≥95%").done()
                .project("洛阳市既有住宅电梯（第一批）市级补贴资金(洛财城建【2022】16号", "38.50")
                .output("2022年度补贴资金发放率", "100%").done()
                .project("区政府购买服务", "10.50")
                .output("聘用时间", "2023年1月-2023年12月")
                .output("规划期", "2023-2025年")
                .output("劳派人员人数", "≥2000人").done()
                .overall("产出指标", "重点工作任务完成", "2023年完成社区换届", "100%")
                .check(rule);

        assertThat(findings).isEmpty();
    }
}
