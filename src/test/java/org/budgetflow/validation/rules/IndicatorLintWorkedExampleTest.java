package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.budgetflow.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** L1–L10 over the worked example (西工区社创办 2023): the defects of guide §6.2 000 item 7, and nothing else. */
class IndicatorLintWorkedExampleTest {
    private static ValidationReport report;

    @BeforeAll
    static void lintTheWorkedExample() {
        report = new ValidationReport(LintBudgets.check(LintBudgets.workedExample(), IndicatorLintRules.create()));
    }

    @Test
    void finds_both_satisfaction_targets_written_as_caps() {
        assertThat(report.byRule("L1")).extracting(Finding::location, Finding::message).containsExactly(
                tuple("departmentPerformance.indicators[24]",
                        "整体绩效目标（表12）效益指标—满意度“提高辖区居民生活质量，增加幸福感”≤98% 以“≤”设定满意度目标，满意度应设下限（≥）"),
                tuple("projects[5].indicators[3]",
                        "项目“洛阳市既有住宅电梯（第一批）市级补贴资金(洛财城建【2022】16号”（410303230000000011939）"
                                + "满意度指标“既有住宅电梯加装业主满意度”≤90% 以“≤”设定满意度目标，满意度应设下限（≥）"));
    }

    @Test
    void finds_the_two_cost_caps_above_the_project_amounts() {
        assertThat(report.byRule("L4")).extracting(Finding::location, Finding::message).containsExactly(
                tuple("projects[2].indicators[0]", "项目“社区治理和服务创新资金(含物业管理工作)”（410303220000000013380）"
                        + "成本指标“办公总成本”≤3.33万元 高于项目资金总额 3.20万元"),
                tuple("projects[5].indicators[0]", "项目“洛阳市既有住宅电梯（第一批）市级补贴资金(洛财城建【2022】16号”"
                        + "（410303230000000011939）成本指标“总成本”≤38.51万元 高于项目资金总额 38.50万元"));
    }

    @Test
    void finds_last_years_hiring_period_in_the_2023_targets() {
        assertThat(report.byRule("L5")).extracting(Finding::location).contains("projects[0].indicators[8]");
        assertThat(report.byRule("L5")).anySatisfy(f -> assertThat(f.message())
                .isEqualTo("项目“区政府购买服务”（410303220000000009157）产出指标“聘用时间”2022年1月-2022年12月 "
                        + "含非预算年度的年份 2022（预算年度 2023）"));
    }

    @Test
    void finds_no_mixed_value_and_no_unreasonable_rate_target() {
        assertThat(report.byRule("L7")).isEmpty();
        assertThat(report.byRule("L8")).isEmpty();
    }

    @Test
    void finds_the_other_defects_of_item_7_and_nothing_else() {
        assertThat(report.findings()).extracting(Finding::rule, Finding::location).containsExactly(
                tuple("L1", "departmentPerformance.indicators[24]"),
                tuple("L1", "projects[5].indicators[3]"),
                tuple("L2", "departmentPerformance.indicators[24]"),
                tuple("L2", "projects[1].indicators[6]"),
                tuple("L2", "projects[2].indicators[6]"),
                tuple("L2", "projects[6].indicators[3]"),
                tuple("L2", "projects[8].indicators[3]"),
                tuple("L3", "projects[4].indicators[1]"),
                tuple("L3", "projects[5].indicators[1]"),
                tuple("L3", "projects[7].indicators[6]"),
                tuple("L3", "projects[8].indicators[1]"),
                tuple("L4", "projects[2].indicators[0]"),
                tuple("L4", "projects[5].indicators[0]"),
                tuple("L5", "projects[0].indicators[8]"),
                tuple("L5", "projects[6].indicators[1]"),
                tuple("L6", "projects[1].indicators[8]"),
                tuple("L9", "projects[4].indicators[3]"),
                tuple("L9", "projects[7].indicators[3]"),
                tuple("L9", "projects[8].indicators[3]"),
                tuple("L10", "projects[2].indicators[6]"));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void names_the_copied_shantytown_satisfaction_the_time_in_percent_and_the_repeated_words() {
        List<String> messages = report.findings().stream().map(Finding::message).toList();

        assertThat(messages).contains(
                "项目“党建工作经费”（410303220000000012418）产出指标“发放报纸、报刊时间”≥98% 是时间指标，却以百分比表示",
                "项目“党建工作经费”（410303220000000012418）满意度指标“党员、党支部、单位职工”未体现满意度（指标值 ≥95%）",
                "项目“社区治理和服务创新资金(含物业管理工作)”（410303220000000013380）满意度指标"
                        + "“提升我办更好更好的完成上级下达的工作任务”≥95% 含重复词“更好更好”");
        assertThat(report.byRule("L9")).allSatisfy(f -> assertThat(f.message()).contains("涉及“棚户区”"));
        assertThat(report.byRule("L3")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("“老旧小区改造数量”≤135个"))
                .anySatisfy(m -> assertThat(m).contains("“电梯加装数量”≤18部"));
    }
}
