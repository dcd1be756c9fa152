package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;

import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class AmountsArePositiveTest {
    private final AmountsArePositive rule = new AmountsArePositive();

    @Test
    void reports_a_line_of_zero() {
        List<Finding> findings = budget().line(line("30201", "50201").amount("0.00")).findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B4");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("lines[1].amount");
            assertThat(f.message()).contains("单位 310001", "须大于 0", "lines[1] 金额 0.00");
        });
    }

    @Test
    void reports_many_non_positive_lines_of_one_unit_as_one_finding_with_the_count() {
        List<Finding> findings = budget()
                .line(line("30201", "50201").amount("-1.00"))
                .line(line("30201", "50201").amount("0.00"))
                .line(line("30201", "50201").amount("-2.00"))
                .findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("lines[1] 金额 -1.00", "共 3 行");
    }

    @Test
    void reports_negative_income_procurement_transfer_and_prior_year_figures() {
        List<Finding> findings = budget()
                .carryOverIncome(FundSource.GOVERNMENT_FUND, "-5.00")
                .procurement("-1.00", "0.00", "0.00")
                .specialTransferPayment("城乡社区补助", "-3.00")
                .priorYear("-10.00", "5.00", null, null)
                .priorThreePublic("0.00", "-0.50", null, null)
                .findings(rule);

        assertThat(findings).extracting(Finding::location).containsExactly(
                "income[1].amount", "procurement.goods", "specialTransferPayments[0].amount", "priorYear.total",
                "priorYear.threePublic.reception");
        assertThat(findings.get(0).message()).contains("政府性基金预算（上年结转）收入 -5.00 为负数");
    }

    @Test
    void accepts_positive_lines_and_zero_income_procurement_and_prior_year_figures() {
        List<Finding> findings = budget()
                .income(FundSource.GOVERNMENT_FUND, "0.00")
                .procurement("0.00", "0.00", "0.00")
                .priorYear("0.00", "0.00", "0.00", null)
                .priorThreePublic("0.00", "0.00", "0.00", "0.00")
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
