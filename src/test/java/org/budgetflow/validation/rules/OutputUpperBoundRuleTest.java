package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.indicator.LintReferenceData;
import org.junit.jupiter.api.Test;

class OutputUpperBoundRuleTest {
    private final OutputUpperBoundRule rule = new OutputUpperBoundRule(LintReferenceData.load());

    @Test
    void reports_an_output_quantity_written_as_a_cap() {
        List<Finding> findings = LintBudgets.budget()
                .project("西工区2022年老旧小区改造提质工程（专项债）", "1000.00").code("410303230000000019621")
                .output("老旧小区改造数量", "≤135个").output("电梯加装数量", "<18部").done()
                .check(rule);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).rule()).isEqualTo("L3");
        assertThat(findings.get(0).location()).isEqualTo("projects[0].indicators[0]");
        assertThat(findings.get(0).message()).isEqualTo("项目“西工区2022年老旧小区改造提质工程（专项债）”（410303230000000019621）"
                + "产出指标“老旧小区改造数量”≤135个 以“≤”设定产出数量目标，产出目标应设下限（≥）或写明计划数");
        assertThat(findings.get(1).message()).contains("以“<”设定产出数量目标");
    }

    @Test
    void reports_an_output_rate_and_a_table_12_completion_rate_written_as_caps() {
        List<Finding> findings = LintBudgets.budget()
                .project("整改工作经费", "5.00").output("整改率", "≤90%").done()
                .overall("产出指标", "重点工作任务完成", "社区建设服务完成率", "≤99%")
                .check(rule);

        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("产出比率目标"));
        assertThat(findings.get(1).location()).isEqualTo("departmentPerformance.indicators[0]");
    }

    @Test
    void reports_a_bare_number_under_a_quantity_name() {
        List<Finding> findings = LintBudgets.budget()
                .project("基本建设资金", "100.00").indicator(IndicatorCategory.OUTPUT, "数量指标", "数量指标", "≤10").done()
                .check(rule);

        assertThat(findings).hasSize(1);
    }

    @Test
    void accepts_caps_by_nature_and_output_floors() {
        List<Finding> findings = LintBudgets.budget()
                .project("服务群众专项经费", "10.00")
                .output("老旧小区改造数量", "≥135个")
                .output("经费下拨时间", "≤2次")
                .output("办结时限", "≤15个工作日")
                .output("差错率", "≤1%")
                .output("投诉次数", "≤3次")
                .output("安全事故发生率", "≤0.5%")
                .output("公务接待批次", "≤10批次")
                .output("公车运行维护费", "≤1.2")
                .output("资金发放金额", "≤5万元")
                .indicator(IndicatorCategory.OUTPUT, "成本指标", "人均办公用品", "≤3个").done()
                .overall("投入管理指标", "预算和财务管理", "结转结余率", "≤12%")
                .check(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void takes_the_exemptions_from_the_reference_data() {
        OutputUpperBoundRule strict = new OutputUpperBoundRule(
                new LintReferenceData(List.of(), List.of(), Map.of(), List.of()));

        List<Finding> findings = LintBudgets.budget()
                .project("服务群众专项经费", "10.00").output("投诉次数", "≤3次").done()
                .check(strict);

        assertThat(findings).hasSize(1);
    }
}
