package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.ProjectType;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class ProcurementCoversCapitalAndServiceSpendingTest {
    private final ProcurementCoversCapitalAndServiceSpending rule = new ProcurementCoversCapitalAndServiceSpending();

    @Test
    void warns_about_a_zero_procurement_budget_with_capital_lines() {
        List<Finding> findings = budget()
                .procurement("0.00", "0.00", "0.00")
                .projectSpending("P1", ProjectType.SPECIFIC_PURPOSE, "30905", "50402", "100.00")
                .spend(line("31002", "50306").amount("3.00"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("V31");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("procurement");
            assertThat(f.message()).contains("政府采购预算为 0.00", "309 资本性支出（基本建设） 100.00", "310 资本性支出 3.00");
        });
    }

    @Test
    void warns_about_an_unstated_procurement_budget_with_commissioned_services() {
        List<Finding> findings = budget()
                .projectSpending("P1", ProjectType.OTHER_OPERATING, "30227", "50205", "12.00")
                .findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("未填写政府采购预算", "30227 委托业务费 12.00");
    }

    @Test
    void accepts_small_service_spending_below_the_threshold() {
        List<Finding> findings = budget()
                .procurement("0.00", "0.00", "0.00")
                .spend(line("30226", "50205").amount("0.80"))
                .findings(new ProcurementCoversCapitalAndServiceSpending(new BigDecimal("1.00")));

        assertThat(findings).isEmpty();
    }

    @Test
    void accepts_capital_lines_when_a_procurement_budget_is_stated() {
        List<Finding> findings = budget()
                .procurement("3.00", "100.00", "0.00")
                .projectSpending("P1", ProjectType.SPECIFIC_PURPOSE, "30905", "50402", "100.00")
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
