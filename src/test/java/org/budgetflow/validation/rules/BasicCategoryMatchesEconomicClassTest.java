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

class BasicCategoryMatchesEconomicClassTest {
    private final BasicCategoryMatchesEconomicClass rule = new BasicCategoryMatchesEconomicClass();

    @Test
    void reports_a_personnel_line_with_a_goods_and_services_code() {
        List<Finding> findings = budget()
                .spend(line("30201", "50201").names("办公费", "办公经费").category(ExpenditureCategory.PERSONNEL))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B7");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("lines[1].deptEconCode");
            assertThat(f.message()).contains("基本支出·人员经费", "30201（办公费）", "301", "303", "表06");
        });
    }

    @Test
    void reports_public_office_lines_with_personnel_or_infrastructure_codes() {
        List<Finding> findings = budget()
                .spend(line("30101", "50101").category(ExpenditureCategory.PUBLIC_OFFICE))
                .spend(line("30905", "50402").category(ExpenditureCategory.PUBLIC_OFFICE))
                .findings(rule);

        assertThat(findings).extracting(Finding::location)
                .containsExactly("lines[1].deptEconCode", "lines[2].deptEconCode");
        assertThat(findings.get(1).message()).contains("公用经费只能是 302", "310");
    }

    @Test
    void reports_one_finding_per_category_and_code_however_many_lines() {
        List<Finding> findings = budget()
                .spend(line("30201", "50201").category(ExpenditureCategory.PERSONNEL).amount("0.10"), 500)
                .findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("lines[1] 等共 500 行，合计 50.00");
    }

    @Test
    void accepts_personnel_301_303_public_office_302_310_and_project_lines_of_any_class() {
        List<Finding> findings = budget()
                .spend(line("30302", "50905"))
                .spend(line("30201", "50201"))
                .spend(line("31002", "50306"))
                .projectSpending("P1", ProjectType.SPECIFIC_PURPOSE, "30905", "50402", "100.00")
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
