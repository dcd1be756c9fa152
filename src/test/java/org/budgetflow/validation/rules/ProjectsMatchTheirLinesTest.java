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

class ProjectsMatchTheirLinesTest {
    private final ProjectsMatchTheirLines rule = new ProjectsMatchTheirLines();

    @Test
    void reports_a_specific_purpose_project_whose_lines_are_other_operating() {
        List<Finding> findings = budget()
                .project(project("P1", ProjectType.SPECIFIC_PURPOSE).name("老旧小区改造"))
                .spend(line("30905", "50402").project("P1").category(ExpenditureCategory.OTHER_OPERATING)
                        .amount("1000.00"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B3");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("projects[0].type");
            assertThat(f.message()).contains("项目“老旧小区改造”的类型为特定目标类", "支出行为其他运转类", "lines[1]", "1000.00");
        });
    }

    @Test
    void reports_a_project_whose_lines_belong_to_another_unit() {
        List<Finding> findings = budget()
                .unit("310002", "测试区社区服务中心")
                .project(project("P1", ProjectType.OTHER_OPERATING).name("党建工作经费"))
                .spend(line("30201", "50201").unit("310002").project("P1").amount("0.50"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("projects[0].unitCode");
            assertThat(f.message()).contains("属于单位 310001", "支出行属于单位 310002（测试区社区服务中心）", "0.50");
        });
    }

    @Test
    void accepts_a_project_whose_lines_share_its_type_and_unit() {
        List<Finding> findings = budget()
                .projectSpending("P1", ProjectType.SPECIFIC_PURPOSE, "30905", "50402", "100.00")
                .spend(line("30999", "50499").project("P1").amount("10.00"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
