package org.budgetflow.workflow.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.testing.TestBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

/** Rule B9: the current-year 一般公共预算 income stays within the 控制数. */
class CeilingCheckTest {

    /** The minimal budget (一般公共预算 100.00) with 40.00 more carried over from last year, which does not count. */
    private final Budget budget = TestBudgets.budget()
            .income(new Funding(TestBudgets.UNIT, FundSource.GENERAL_PUBLIC_BUDGET, true, true, new BigDecimal("40.00")))
            .build();

    @Test
    void reports_a_budget_one_cent_above_its_ceiling_naming_the_ceiling_and_the_total() {
        assertThat(CeilingCheck.check(budget, new BigDecimal("99.99"))).get()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("B9"))
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
                .satisfies(f -> assertThat(f.location()).isEqualTo(CeilingCheck.LOCATION))
                .extracting(Finding::message).asString().contains("100.00", "99.99", "超出 0.01");
    }

    @Test
    void accepts_a_budget_exactly_at_its_ceiling_and_one_without_a_ceiling() {
        assertThat(CeilingCheck.check(budget, new BigDecimal("100.00"))).isEmpty();
        assertThat(CeilingCheck.check(budget, null)).isEmpty();
    }

    @Test
    void counts_only_current_year_general_public_budget_income() {
        assertThat(CeilingCheck.generalPublicBudget(budget)).isEqualByComparingTo("100.00");
    }
}
