package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.testing.SharedExamples;
import org.budgetflow.testing.TestBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

/** The rules of this task on the worked example (西工区社创办 2023) and on the acceptance case of one changed cent. */
class WorkedExampleBudgetRulesTest {
    private final BudgetJsonReader reader = new BudgetJsonReader();

    @Test
    void the_worked_example_has_no_error() {
        List<Finding> findings = DocumentAndBudgetLevelRules.run(reader.read(SharedExamples.workedExampleBudget()));

        assertThat(findings).noneMatch(Finding::isError);
    }

    @Test
    void the_worked_example_gets_exactly_the_prior_year_warning_of_85_00_from_v28() {
        Budget budget = reader.read(SharedExamples.workedExampleBudget());

        List<Finding> findings = TestBudgets.check(new PriorYearFiguresAddUp(), budget);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("priorYear");
            assertThat(f.message()).contains("207.60", "16000.00", "16207.60", "16122.60", "相差 85.00");
        });
    }

    @Test
    void the_worked_example_gets_a_procurement_warning_for_its_infrastructure_lines() {
        Budget budget = reader.read(SharedExamples.workedExampleBudget());

        List<Finding> findings = TestBudgets.check(new ProcurementCoversCapitalAndServiceSpending(), budget);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("政府采购预算为 0.00", "309 资本性支出（基本建设） 5140.50", "30226 劳务费 10.50");
        });
    }

    @Test
    void the_worked_example_gets_only_the_v28_and_v31_warnings() {
        List<Finding> findings = DocumentAndBudgetLevelRules.run(reader.read(SharedExamples.workedExampleBudget()));

        assertThat(findings).extracting(Finding::rule).containsExactly("V28", "V31");
    }

    @Test
    void one_cent_more_general_public_budget_income_gives_one_b1_error_naming_the_unit_and_both_figures() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        ((ObjectNode) tree.withArray("income").get(0)).put("amount", "160.93");
        Budget budget = reader.read(new ByteArrayInputStream(SharedExamples.bytes(tree)));

        List<Finding> errors = DocumentAndBudgetLevelRules.run(budget).stream().filter(Finding::isError).toList();

        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B1");
            assertThat(f.location())
                    .isEqualTo("income[unitCode=310001][fundSource=GENERAL_PUBLIC_BUDGET][carryOver=false]");
            assertThat(f.message()).isEqualTo("单位 310001（洛阳市西工区社区治理和服务创新办公室）一般公共预算（本年）"
                    + "收入 160.93 ≠ 支出 160.92 + 年终结转结余 0.00（相差 0.01）");
        });
    }
}
