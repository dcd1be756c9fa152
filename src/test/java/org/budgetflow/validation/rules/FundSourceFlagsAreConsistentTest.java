package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class FundSourceFlagsAreConsistentTest {
    private final FundSourceFlagsAreConsistent rule = new FundSourceFlagsAreConsistent();

    @Test
    void reports_unit_funds_that_are_not_carried_over_in_income_and_lines() {
        List<Finding> findings = budget()
                .spend(line("30201", "50201").source(FundSource.UNIT_FUNDS).amount("2.00"))
                .findings(rule);

        assertThat(findings).extracting(Finding::location).containsExactly("income[1].carryOver", "lines[1].carryOver");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("B8");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("单位资金", "未标为上年结转");
        });
    }

    @Test
    void warns_about_a_non_appropriation_flag_on_government_fund_money() {
        List<Finding> findings = budget()
                .income(new Funding("310001", FundSource.GOVERNMENT_FUND, false, false, new BigDecimal("5.00")))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("income[1].appropriation");
            assertThat(f.message()).contains("政府性基金预算收入 5.00", "appropriation: false");
        });
    }

    @Test
    void accepts_carried_over_unit_funds_and_non_appropriation_general_public_budget_money() {
        List<Finding> findings = budget()
                .spend(line("30201", "50201").source(FundSource.UNIT_FUNDS).carriedOver())
                .spend(line("30201", "50201").notAppropriation())
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
