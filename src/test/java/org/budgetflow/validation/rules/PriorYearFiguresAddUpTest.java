package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;

import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class PriorYearFiguresAddUpTest {
    private final PriorYearFiguresAddUp rule = new PriorYearFiguresAddUp();

    @Test
    void warns_when_the_prior_year_components_exceed_the_prior_year_total() {
        List<Finding> findings = budget()
                .carryOverIncome(FundSource.GOVERNMENT_FUND, "50.00")
                .priorYear("120.00", "90.00", "40.00", null)
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("V28");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("priorYear");
            assertThat(f.message()).startsWith("2022年预算数不衔接：一般公共预算 90.00 + 政府性基金 40.00 = 130.00，"
                    + "高于2022年收支总计 120.00（相差 10.00）");
        });
    }

    @Test
    void warns_when_the_components_fall_short_of_the_total_although_all_money_is_fiscal() {
        List<Finding> findings = budget().priorYear("120.00", "90.00", "0.00", "0.00").findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("= 90.00，低于2022年收支总计 120.00（相差 30.00）", "全部为财政拨款");
    }

    @Test
    void accepts_components_below_the_total_when_there_is_non_fiscal_money() {
        List<Finding> findings = budget()
                .income(FundSource.BUSINESS_INCOME, "10.00")
                .priorYear("120.00", "90.00", "0.00", "0.00")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void does_not_compare_with_a_total_when_a_source_with_money_this_year_has_no_prior_figure() {
        List<Finding> findings = budget()
                .carryOverIncome(FundSource.GOVERNMENT_FUND, "50.00")
                .priorYear("120.00", "90.00", null, null)
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void accepts_a_prior_year_of_zero_with_money_this_year_whose_percentage_cannot_be_computed() {
        List<Finding> findings = budget().priorYear("0.00", "0.00", "0.00", "0.00").findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void accepts_prior_year_figures_that_add_up() {
        List<Finding> findings = budget().priorYear("95.00", "95.00", "0.00", null).findings(rule);

        assertThat(findings).isEmpty();
    }
}
