package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;
import static org.budgetflow.testing.TestBudgets.project;

import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class UnitAndProjectIdentifiersAreValidTest {
    private final UnitAndProjectIdentifiersAreValid rule = new UnitAndProjectIdentifiersAreValid();

    @Test
    void reports_an_unregistered_unit_once_with_the_number_of_places_that_use_it() {
        List<Finding> findings = budget()
                .income("310009", FundSource.GENERAL_PUBLIC_BUDGET, false, "3.00")
                .line(line("30201", "50201").unit("310009").amount("1.00"))
                .line(line("30201", "50201").unit("310009").amount("2.00"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B5");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("income[1].unitCode");
            assertThat(f.message()).contains("单位代码 310009 未在预算单位清单", "共 3 处");
        });
    }

    @Test
    void reports_a_unit_code_that_does_not_start_with_the_department_code() {
        List<Finding> findings = budget().unit("311002", "别的部门的单位").findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("units[1].code");
            assertThat(f.message()).contains("311002", "不以部门代码 310 开头");
        });
    }

    @Test
    void reports_a_duplicate_unit_code_and_a_duplicate_project_id() {
        List<Finding> findings = budget()
                .unit("310001", "重复的单位")
                .projectSpending("P1", ProjectType.OTHER_OPERATING, "30201", "50201", "1.00")
                .project(project("P1", ProjectType.OTHER_OPERATING).name("另一个项目"))
                .findings(rule);

        assertThat(findings).extracting(Finding::location).containsExactly("units[1].code", "projects[1].id");
        assertThat(findings.get(0).message()).contains("单位代码 310001 重复");
        assertThat(findings.get(1).message()).contains("项目标识“P1”重复", "另一个项目");
    }

    @Test
    void accepts_registered_unique_units_of_the_department() {
        List<Finding> findings = budget()
                .unit("310002", "测试区社区服务中心")
                .income("310002", FundSource.GENERAL_PUBLIC_BUDGET, false, "1.00")
                .line(line("30201", "50201").unit("310002"))
                .projectSpending("P1", ProjectType.OTHER_OPERATING, "30201", "50201", "1.00")
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
