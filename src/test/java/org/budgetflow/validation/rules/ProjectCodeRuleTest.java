package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.testing.CodeBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class ProjectCodeRuleTest {
    private final ProjectCodeRule rule = new ProjectCodeRule();

    @Test
    void accepts_21_digit_codes_of_one_district_from_recent_years_and_projects_without_code() {
        Budget budget = budget()
                .project("410303220000000014056", "老旧小区改造办公经费")
                .project("410303230000000019621", "老旧小区改造提质工程")
                .project(null, "没有编码的项目")
                .build();

        assertThat(check(budget)).isEmpty();
    }

    @Test
    void reports_a_code_that_lost_a_digit_as_an_error() {
        Budget budget = budget().project("41030323000000001962", "提质工程").build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("C3");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("projects[0].code");
            assertThat(f.message()).isEqualTo("项目“提质工程”的项目编码 41030323000000001962 不是 21 位数字（实为 20 位）");
        });
    }

    @Test
    void reports_a_code_with_letters_as_an_error() {
        Budget budget = budget().project("41030323000000001962A", "提质工程").build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("含非数字字符");
        });
    }

    @Test
    void warns_about_a_year_part_after_the_budget_year_or_more_than_ten_years_before() {
        Budget budget = budget()
                .project("410303240000000000001", "明年的项目")
                .project("410303120000000000002", "十一年前的项目")
                .project("410303130000000000003", "十年前的项目")
                .build();

        List<Finding> findings = check(budget);

        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(findings).extracting(Finding::location).containsExactly("projects[0].code", "projects[1].code");
        assertThat(findings.get(0).message()).contains("晚于预算年度 2023 年");
        assertThat(findings.get(1).message()).contains("早于预算年度 2023 年超过 10 年");
    }

    @Test
    void warns_about_a_region_other_than_the_budgets_common_one() {
        Budget budget = budget()
                .project("410303230000000000001", "甲")
                .project("410303230000000000002", "乙")
                .project("410311230000000000003", "丙")
                .build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("projects[2].code");
            assertThat(f.message()).contains("区划段 410311 与本预算其他项目的区划 410303（2 个项目）不同");
        });
    }

    @Test
    void warns_about_a_region_that_is_not_a_county_level_code() {
        Budget budget = budget()
                .project("410300230000000000001", "市级区划")
                .project("990303230000000000002", "未知省份")
                .build();

        List<Finding> findings = check(budget);

        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("不是县级行政区划代码");
        });
    }

    private static CodeBudgets.Builder budget() {
        return CodeBudgets.year(2023).unit("310001", UnitKind.ADMINISTRATIVE);
    }

    private List<Finding> check(Budget budget) {
        return ClassificationCodeRuleTest.check(rule, budget);
    }
}
