package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;
import static org.budgetflow.testing.TestBudgets.project;

import java.util.List;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class ProjectsHaveProjectLinesTest {
    private final ProjectsHaveProjectLines rule = new ProjectsHaveProjectLines();

    @Test
    void warns_about_a_basic_line_that_names_a_project() {
        List<Finding> findings = budget()
                .projectSpending("P1", ProjectType.OTHER_OPERATING, "30201", "50201", "4.00")
                .spend(line("30201", "50201").category(ExpenditureCategory.PUBLIC_OFFICE).project("P1").amount("1.00"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B6");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("lines[2].projectId");
            assertThat(f.message()).contains("基本支出（公用经费）", "测试项目 P1", "表11");
        });
    }

    @Test
    void warns_about_a_project_without_project_lines() {
        List<Finding> findings = budget()
                .project(project("P1", ProjectType.SPECIFIC_PURPOSE).name("可行性研究"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("projects[0]");
            assertThat(f.message()).contains("项目“可行性研究”没有项目支出行", "0.00");
        });
    }

    @Test
    void accepts_projects_with_lines_and_basic_lines_without_projects() {
        List<Finding> findings = budget()
                .projectSpending("P1", ProjectType.SPECIFIC_PURPOSE, "30227", "50205", "4.00")
                .spend(line("30201", "50201"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
