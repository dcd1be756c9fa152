package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * L1–L10 over the 2024 performance-target book (1,069 projects, 7,393 project indicators, 1,420 table-12 rows): the
 * real defects listed in the book's summary are found. (Speed is measured by the benchmarks, not asserted here.)
 */
class IndicatorLintPerformanceBookTest {
    private static Budget book;
    private static ValidationReport report;

    @BeforeAll
    static void lintTheBook() {
        book = LintBudgets.performanceBook();
        List<BudgetRule> rules = IndicatorLintRules.create();
        report = new ValidationReport(LintBudgets.check(book, rules));
    }

    @Test
    void reads_the_whole_book() {
        assertThat(book.projects()).hasSize(1069);
        assertThat(book.projects().stream().mapToInt(p -> p.indicators().size()).sum()).isEqualTo(7393);
        assertThat(book.departmentPerformance().indicators()).hasSize(1420);
    }

    @Test
    void finds_the_satisfaction_caps_of_the_book() {
        assertThat(messages("L1")).anyMatch(m -> m.contains("王城路街道办事处：辖区居民满意度”≤99%"))
                .anyMatch(m -> m.contains("社区治理和服务创新办公室：提高居民生活质量，增加幸福感”≤98%"))
                .anyMatch(m -> m.contains("“老师、学生、家长满意度”≤95%"));
    }

    @Test
    void finds_the_satisfaction_indicators_that_measure_something_else() {
        assertThat(messages("L2")).anyMatch(m -> m.contains("统计局：群众满意真实性”真实"))
                .anyMatch(m -> m.contains("老干部局：完成度”未体现满意度"));
    }

    @Test
    void finds_the_output_caps_of_the_book() {
        assertThat(messages("L3")).anyMatch(m -> m.contains("“整改率”≤90%"))
                .anyMatch(m -> m.contains("王城路街道办事处：社区建设服务完成率”≤99%"));
    }

    @Test
    void finds_more_than_the_58_cost_caps_above_project_amounts_of_the_guide() {
        assertThat(report.byRule("L4")).hasSizeGreaterThanOrEqualTo(58);
        assertThat(messages("L4")).anyMatch(m -> m.contains("“总成本”≤472 万元 高于项目资金总额 449.00万元"))
                .anyMatch(m -> m.contains("“总成本”≤7万元 高于项目资金总额 3.50万元"));
    }

    @Test
    void finds_the_stale_years_of_the_book_but_not_the_fund_years_of_project_names() {
        assertThat(messages("L5")).anyMatch(m -> m.contains("“会议召开时间底前”2023 年"))
                .anyMatch(m -> m.contains("“完成时间”2023 年末"))
                .noneMatch(m -> m.contains("2022年度村（社区）四星党支部创建工作奖励资金”45 万元"));
    }

    @Test
    void finds_the_unit_mismatches_of_the_book() {
        assertThat(messages("L6")).anyMatch(m -> m.contains("“辖区人口”36.7 万元 是人口或人数指标"))
                .anyMatch(m -> m.contains("“维修办公设备种类”≥50 台 是种类数"))
                .anyMatch(m -> m.contains("“经济成本指标”良好 成本指标不是金额"));
    }

    @Test
    void finds_the_five_fire_brigade_values_that_mix_a_number_with_words() {
        assertThat(messages("L7").stream().filter(m -> m.contains("消防救援大队：")).toList()).hasSize(5);
    }

    @Test
    void finds_the_three_public_control_rates_far_below_one_hundred_percent() {
        assertThat(messages("L8")).anyMatch(m -> m.contains("卫生健康委员会：“三公经费”控制率”≤5%"))
                .noneMatch(m -> m.contains("≤100%"));
    }

    @Test
    void finds_the_projects_without_indicators_and_the_misspelt_coverage_rate() {
        assertThat(messages("L9").stream().filter(m -> m.endsWith("未设绩效指标")).toList()).hasSize(45);
        assertThat(messages("L10")).anyMatch(m -> m.contains("含错别字“父爱率”（应为“覆盖率”）"));
    }

    private static List<String> messages(String rule) {
        return report.byRule(rule).stream().map(Finding::message).toList();
    }
}
