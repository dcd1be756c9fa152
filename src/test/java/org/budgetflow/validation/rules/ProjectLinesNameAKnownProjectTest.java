package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;

import java.util.List;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class ProjectLinesNameAKnownProjectTest {
    private final ProjectLinesNameAKnownProject rule = new ProjectLinesNameAKnownProject();

    @Test
    void reports_a_project_line_without_a_project_id() {
        List<Finding> findings = budget()
                .spend(line("30227", "50205").category(ExpenditureCategory.SPECIFIC_PURPOSE).amount("20.00"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B2");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("lines[1].projectId");
            assertThat(f.message()).contains("单位 310001", "特定目标类", "未指明项目", "lines[1]", "20.00");
        });
    }

    @Test
    void reports_a_project_line_naming_a_project_that_is_not_listed() {
        List<Finding> findings = budget()
                .spend(line("30227", "50205").project("不存在的项目").amount("8.00"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("lines[1].projectId");
            assertThat(f.message()).contains("“不存在的项目”不在项目清单", "8.00");
        });
    }

    @Test
    void reports_many_lines_without_a_project_as_one_finding_with_their_count_and_total() {
        List<Finding> findings = budget()
                .spend(line("30227", "50205").category(ExpenditureCategory.OTHER_OPERATING).amount("2.00"), 1000)
                .findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("lines[1] 等共 1000 行，合计 2000.00");
    }

    @Test
    void accepts_project_lines_that_name_a_listed_project_and_basic_lines_without_one() {
        List<Finding> findings = budget()
                .projectSpending("P1", ProjectType.OTHER_OPERATING, "30227", "50205", "5.00")
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
