package org.budgetflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.testing.GoldenFindings;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The standard validator on the worked example (西工区社创办 2023): no ERROR, the warnings the issue names, and the
 * whole list pinned in a golden file.
 */
class WorkedExampleValidationTest {
    private static ValidationReport report;

    @BeforeAll
    static void validate() {
        report = StandardRules.validator().validate(new BudgetJsonReader().read(SharedExamples.workedExampleBudget()));
    }

    @Test
    void finds_no_error() {
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void warns_that_the_prior_year_figures_do_not_add_up_by_85() {
        assertThat(report.byRule("V28")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("207.60", "16000.00", "16207.60", "16122.60", "85.00");
        });
    }

    @Test
    void warns_of_satisfaction_targets_written_with_at_most() {
        assertThat(report.byRule("L1")).extracting(Finding::message)
                .anyMatch(m -> m.contains("≤98%")).anyMatch(m -> m.contains("≤90%"));
    }

    @Test
    void warns_of_cost_caps_above_the_project_amounts() {
        assertThat(report.byRule("L4")).extracting(Finding::message)
                .anyMatch(m -> m.contains("≤38.51万元") && m.contains("38.50"))
                .anyMatch(m -> m.contains("≤3.33万元") && m.contains("3.20"));
    }

    @Test
    void warns_of_the_stale_year_in_a_2023_target() {
        assertThat(report.byRule("L5")).extracting(Finding::message)
                .anyMatch(m -> m.contains("聘用时间") && m.contains("2022"));
    }

    @Test
    void every_finding_names_its_place() {
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.location()).isNotBlank());
    }

    @Test
    void the_findings_equal_the_golden_file_exactly() {
        GoldenFindings.assertMatches(report.findings(), "xigong-community-2023.validation.json");
    }

    @Test
    void an_income_changed_by_one_cent_is_an_error_naming_unit_source_and_both_figures() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        ((ObjectNode) tree.get("income").get(0)).put("amount", "160.93");
        Budget budget = new BudgetJsonReader().read(new ByteArrayInputStream(SharedExamples.bytes(tree)));

        ValidationReport changed = StandardRules.validator().validate(budget);

        assertThat(changed.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B1");
            assertThat(f.message()).contains("310001", "一般公共预算", "160.93", "160.92");
        });
    }
}
