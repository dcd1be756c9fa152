package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.line;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.testing.TestBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

/** Scale, not speed: timing is measured by the JMH benchmark (docs/benchmarks.md), never asserted in a test. */
class DocumentAndBudgetLevelRulesScaleTest {
    private static final int LINES = 100_000;

    @Test
    void reports_a_budget_of_100000_faulty_lines_with_one_finding_per_distinct_place() {
        Budget budget = largeBudget();
        List<Finding> findings = DocumentAndBudgetLevelRules.run(budget);

        assertThat(budget.lines()).hasSize(LINES + 1);
        // half the lines break B7, the other half B2: still one finding per distinct place
        assertThat(findings).filteredOn(f -> f.rule().equals("B7")).singleElement()
                .extracting(Finding::message).asString().contains("共 50000 行");
        assertThat(findings).filteredOn(f -> f.rule().equals("B2")).hasSize(10);
        assertThat(findings).hasSizeLessThan(50);
    }

    /** Ten units; 50,000 personnel lines coded 302xx and 50,000 project lines without a project id. */
    private static Budget largeBudget() {
        TestBudgets b = TestBudgets.budget();
        for (int u = 2; u <= 11; u++) {
            b.unit(String.format("310%03d", u), "测试单位 " + u);
        }
        b.project(TestBudgets.project("P1", ProjectType.OTHER_OPERATING));
        b.spend(line("30227", "50205").project("P1"));
        for (int i = 0; i < LINES - 1; i++) {
            String unit = String.format("310%03d", 2 + (i / 2) % 10);
            if (i % 2 == 0) {
                b.spend(line("30201", "50201").unit(unit).category(ExpenditureCategory.PERSONNEL).amount("1.25"));
            } else {
                b.spend(line("30227", "50205").unit(unit).source(FundSource.GOVERNMENT_FUND)
                        .category(ExpenditureCategory.SPECIFIC_PURPOSE).amount("2.50"));
            }
        }
        return b.build();
    }
}
