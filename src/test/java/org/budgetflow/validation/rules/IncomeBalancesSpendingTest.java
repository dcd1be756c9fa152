package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;

import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class IncomeBalancesSpendingTest {
    private final IncomeBalancesSpending rule = new IncomeBalancesSpending();

    @Test
    void reports_a_unit_whose_lines_exceed_its_income_by_one_cent() {
        List<Finding> findings = budget().line(line("30201", "50201").amount("0.01")).findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("B1");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("单位 310001（测试区社区治理和服务创新办公室）一般公共预算（本年）收入 100.00"
                    + " ≠ 支出 100.01 + 年终结转结余 0.00（相差 0.01）");
            assertThat(f.location()).isEqualTo("income[unitCode=310001][fundSource=GENERAL_PUBLIC_BUDGET][carryOver=false]");
        });
    }

    @Test
    void accepts_income_that_equals_lines_plus_planned_carry_forward() {
        List<Finding> findings = budget()
                .income(FundSource.GENERAL_PUBLIC_BUDGET, "10.00")
                .carryForward(FundSource.GENERAL_PUBLIC_BUDGET, false, "10.00")
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void reports_income_that_exceeds_lines_plus_carry_forward_and_names_the_carry_forward() {
        List<Finding> findings = budget()
                .income(FundSource.GENERAL_PUBLIC_BUDGET, "10.00")
                .carryForward(FundSource.GENERAL_PUBLIC_BUDGET, false, "9.50")
                .findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).isEqualTo(
                "单位 310001（测试区社区治理和服务创新办公室）一般公共预算（本年）收入 110.00 ≠ 支出 100.00 + 年终结转结余 9.50（相差 0.50）");
    }

    @Test
    void reports_money_spent_from_a_source_that_has_no_income() {
        List<Finding> findings = budget()
                .line(line("30905", "50402").source(FundSource.GOVERNMENT_FUND).carriedOver().amount("5.00"))
                .findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("政府性基金预算（上年结转）没有收入", "支出 5.00");
            assertThat(f.location()).isEqualTo("income[unitCode=310001][fundSource=GOVERNMENT_FUND][carryOver=true]");
        });
    }

    @Test
    void reports_income_that_is_neither_spent_nor_carried_forward() {
        List<Finding> findings = budget().carryOverIncome(FundSource.GENERAL_PUBLIC_BUDGET, "20.00").findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("一般公共预算（上年结转）收入 20.00 既未安排支出也未列年终结转结余");
    }

    @Test
    void keeps_current_year_and_carried_over_money_of_one_source_apart() {
        List<Finding> findings = budget()
                .carryOverIncome(FundSource.GENERAL_PUBLIC_BUDGET, "5.00")
                .line(line("30201", "50201").amount("5.00"))
                .findings(rule);

        assertThat(findings).extracting(Finding::location).containsExactly(
                "income[unitCode=310001][fundSource=GENERAL_PUBLIC_BUDGET][carryOver=false]",
                "income[unitCode=310001][fundSource=GENERAL_PUBLIC_BUDGET][carryOver=true]");
    }

    @Test
    void balances_each_unit_on_its_own() {
        List<Finding> findings = budget()
                .unit("310002", "测试区社区服务中心")
                .income("310002", FundSource.GENERAL_PUBLIC_BUDGET, false, "3.00")
                .line(line("30201", "50201").unit("310002").amount("3.00"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }
}
