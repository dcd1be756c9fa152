package org.budgetflow.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.budget.FundSource.BUSINESS_INCOME;
import static org.budgetflow.budget.FundSource.FISCAL_SPECIAL_ACCOUNT;
import static org.budgetflow.budget.FundSource.GENERAL_PUBLIC_BUDGET;
import static org.budgetflow.budget.FundSource.GOVERNMENT_FUND;
import static org.budgetflow.budget.FundSource.OTHER_INCOME;
import static org.budgetflow.testing.BookBudgets.indicator;

import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.testing.BookBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

class CongressBookBuilderTest {
    private static final Budget COMMUNITY = BookBudgets.department("310", "社区治理办公室")
            .unit("310002", "社区服务中心")
            .basic("500.00")
            .project("P1", "社区服务经费", "310001", ProjectType.OTHER_OPERATING,
                    List.of(indicator(IndicatorCategory.COST, "总成本", "≤30万元"),
                            indicator(IndicatorCategory.SATISFACTION, "居民满意度", "≥95%")),
                    GENERAL_PUBLIC_BUDGET, "20.00", FISCAL_SPECIAL_ACCOUNT, "10.00")
            .project("P2", "中心运行经费", "310002", ProjectType.SPECIFIC_PURPOSE,
                    List.of(indicator(IndicatorCategory.OUTPUT, "服务人次", "≥1000人次")),
                    GOVERNMENT_FUND, "5.50", BUSINESS_INCOME, "1.25", OTHER_INCOME, "0.25")
            .project("P3", "社区活动经费", "310001", ProjectType.OTHER_OPERATING, List.of(),
                    GENERAL_PUBLIC_BUDGET, "3.00")
            .goal("服务群众").task("社区建设", "建设十个社区").overall("产出指标", "履职目标实现", "社区建设完成率", "≥95%")
            .build();
    private static final Budget FINANCE = BookBudgets.department("109", "财政局").basic("100.00").build();

    private static final Map<String, List<Finding>> FINDINGS = Map.of(
            "310", List.of(Finding.error("B1", "income", "收入 ≠ 支出"), Finding.warning("L1", "projects[0]", "满意度 ≤"),
                    Finding.warning("L4", "projects[0].indicators[0]", "总成本高于资金总额")),
            "109", List.of());

    private final CongressBook book = CongressBookBuilder.build(2024, List.of(COMMUNITY, FINANCE),
            b -> FINDINGS.get(b.department().code()));

    @Test
    void orders_the_departments_by_code_as_the_printed_book_does() {
        assertThat(book.departments()).extracting(DepartmentSection::code).containsExactly("109", "310");
        assertThat(book.year()).isEqualTo(2024);
        assertThat(book.title()).isEqualTo("2024年区级部门预算绩效目标表");
    }

    @Test
    void derives_the_budget_figures_from_the_lines_and_the_income_by_source() {
        BudgetFigures f = section("310").figures();

        assertThat(f.basic()).isEqualByComparingTo("500.00");
        assertThat(f.project()).isEqualByComparingTo("40.00");
        assertThat(f.total()).isEqualByComparingTo("540.00");
        assertThat(f.governmentFunds()).isEqualByComparingTo("528.50");
        assertThat(f.specialAccount()).isEqualByComparingTo("10.00");
        assertThat(f.unitFunds()).isEqualByComparingTo("1.50");
    }

    @Test
    void sums_each_projects_lines_and_counts_only_the_fiscal_budgets_as_government_funds() {
        List<ProjectEntry> projects = section("310").projects();

        assertThat(projects).extracting(ProjectEntry::projectCode).containsExactly("P1", "P2", "P3");
        assertThat(projects.get(0).total()).isEqualByComparingTo("30.00");
        assertThat(projects.get(0).governmentFunds()).isEqualByComparingTo("20.00");
        assertThat(projects.get(1).total()).isEqualByComparingTo("7.00");
        assertThat(projects.get(1).governmentFunds()).isEqualByComparingTo("5.50");
        assertThat(projects.get(1).typeLabel()).isEqualTo("特定目标类");
        assertThat(projects.get(0).indicators()).extracting(i -> i.name()).containsExactly("总成本", "居民满意度");
    }

    @Test
    void groups_the_projects_by_unit_in_order_of_first_appearance_with_the_units_totals() {
        List<UnitGroup> units = section("310").units();

        assertThat(units).extracting(UnitGroup::code).containsExactly("310001", "310002");
        assertThat(units.get(0).name()).isEqualTo("社区治理办公室");
        assertThat(units.get(0).projects()).extracting(ProjectEntry::projectCode).containsExactly("P1", "P3");
        assertThat(units.get(0).total()).isEqualByComparingTo("33.00");
        assertThat(units.get(0).governmentFunds()).isEqualByComparingTo("23.00");
        assertThat(units.get(1).name()).isEqualTo("社区服务中心");
        assertThat(section("310").projectTotal()).isEqualByComparingTo("40.00");
    }

    @Test
    void keeps_the_overall_targets_as_the_budget_declares_them() {
        DepartmentSection d = section("310");

        assertThat(d.annualGoal()).isEqualTo("服务群众");
        assertThat(d.tasks()).extracting(t -> t.name() + "|" + t.content()).containsExactly("社区建设|建设十个社区");
        assertThat(d.indicators()).extracting(i -> i.level3() + " " + i.value()).containsExactly("社区建设完成率 ≥95%");
        assertThat(d.hasOverallTargets()).isTrue();
        assertThat(section("109").hasOverallTargets()).isFalse();
    }

    @Test
    void sums_the_district_and_counts_the_findings_per_department() {
        DistrictSummary s = book.summary();

        assertThat(s.departments()).isEqualTo(2);
        assertThat(s.projects()).isEqualTo(3);
        assertThat(s.totals().total()).isEqualByComparingTo("640.00");
        assertThat(s.totals().basic()).isEqualByComparingTo("600.00");
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.warnings()).isEqualTo(2);
        assertThat(section("310").findings()).extracting(Finding::rule).containsExactly("B1", "L1", "L4");
        assertThat(section("109").findings()).isEmpty();
    }

    @Test
    void validates_every_budget_with_the_standard_rules_when_no_findings_are_given() {
        Budget unbalanced = BookBudgets.department("109", "财政局").basic("100.00")
                .income("109001", GENERAL_PUBLIC_BUDGET, "0.01").build();

        CongressBook validated = CongressBookBuilder.standard().build(2024, List.of(unbalanced));

        assertThat(validated.departments().get(0).findings()).extracting(Finding::rule).contains("B1");
        assertThat(validated.summary().errors()).isPositive();
    }

    private DepartmentSection section(String code) {
        return book.departments().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
