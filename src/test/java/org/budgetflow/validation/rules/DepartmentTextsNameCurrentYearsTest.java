package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;

import java.util.List;

import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class DepartmentTextsNameCurrentYearsTest {
    private final DepartmentTextsNameCurrentYears rule = new DepartmentTextsNameCurrentYears();

    @Test
    void warns_about_a_stale_year_in_a_change_reason() {
        List<Finding> findings = budget()
                .changeReasons(new ChangeReasons("2021年老旧小区改造项目减少。", null, null, null, null))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("V34");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("changeReasons.total");
            assertThat(f.message()).contains("收支总计变动原因出现“2021年”", "2021年老旧小区改造", "预算年度为 2023年");
        });
    }

    @Test
    void warns_once_per_text_naming_every_stale_year_including_both_ends_of_a_range() {
        List<Finding> findings = budget()
                .annualGoal("完成2020年度遗留任务")
                .task("整治", "2019-2021年专项整治收尾")
                .responsibilities("1. 负责社区建设。", "2. 2020年起负责物业管理。")
                .findings(rule);

        assertThat(findings).extracting(Finding::location).containsExactly(
                "department.responsibilities[1]", "departmentPerformance.annualGoal",
                "departmentPerformance.tasks[0].content");
        assertThat(findings.get(2).message()).contains("“2019年”、“2021年”");
    }

    @Test
    void accepts_the_budget_year_the_prior_year_and_document_numbers_without_a_year_word() {
        List<Finding> findings = budget()
                .changeReasons(new ChangeReasons("2022年项目完工，2023年不再安排。", null,
                        "依据洛财城建〔2019〕16号文件", null, null))
                .composition("2023年度部门预算包括机关本级。")
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
