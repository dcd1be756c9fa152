package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.disclosure.Cells.row;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/**
 * A department with 一般公共预算 and 政府性基金 money, each partly carried over from last year, and part of the fund
 * carry-over carried forward again: tables 01, 04, 07, 09, 11 and the fiscal narrative.
 */
class GovernmentFundAndCarryOverDisclosureTest {
    private final Disclosure disclosure = new DisclosureGenerator().generate(fundAndCarryOver());

    static Budget fundAndCarryOver() {
        return DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "80.00")
                .carriedOverIncome("510001", FundSource.GENERAL_PUBLIC_BUDGET, "20.00")
                .income("510001", FundSource.GOVERNMENT_FUND, "300.00")
                .carriedOverIncome("510001", FundSource.GOVERNMENT_FUND, "100.00")
                .carryForward("510001", FundSource.GOVERNMENT_FUND, "40.00")
                .project("A", "日常运转项目", "510001", ProjectType.OTHER_OPERATING)
                .project("B", "结转设施项目", "510001", ProjectType.SPECIFIC_PURPOSE)
                .project("C", "基金建设项目", "510001", ProjectType.SPECIFIC_PURPOSE)
                .line("510001", "2120101", "30101", "50101", "50.00").add()
                .line("510001", "2120101", "30201", "50201", "10.00").publicOffice().add()
                .line("510001", "2120101", "30227", "50205", "20.00")
                .forProject("A", ProjectType.OTHER_OPERATING).add()
                .line("510001", "2120399", "30999", "50499", "20.00").carriedOver()
                .forProject("B", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510001", "2120803", "30905", "50402", "300.00").source(FundSource.GOVERNMENT_FUND)
                .forProject("C", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510001", "2120803", "30905", "50402", "60.00").source(FundSource.GOVERNMENT_FUND)
                .carriedOver().forProject("C", ProjectType.SPECIFIC_PURPOSE).add()
                .build();
    }

    @Test
    void table_04_income_separates_this_years_appropriations_from_the_carry_over() {
        Grid income = disclosure.tables().fiscalAppropriation().income();

        assertThat(income.rows()).extracting(r -> r.group() + "|" + r.name() + "|" + r.amount("amount"))
                .containsExactly(
                        "本年收入|一、本年收入|380.00",
                        "本年收入|（一）一般公共预算拨款|80.00",
                        "本年收入|其中：财政拨款|80.00",
                        "本年收入|（二）政府性基金预算拨款|300.00",
                        "本年收入|（三）国有资本经营预算拨款|null",
                        "上年结转|二、上年结转|120.00",
                        "上年结转|（一）一般公共预算拨款|20.00",
                        "上年结转|（二）政府性基金预算拨款|100.00",
                        "上年结转|（三）国有资本经营预算拨款|null",
                        "null|收入合计|500.00");
    }

    @Test
    void table_04_spends_the_carry_over_this_year_and_shows_only_the_planned_carry_forward_as_balance() {
        Grid expenditure = disclosure.tables().fiscalAppropriation().expenditure();

        assertThat(row(expenditure, RowType.SECTION, "本年支出").amount("合计")).isEqualByComparingTo("460.00");
        assertThat(row(expenditure, RowType.SECTION, "本年支出").amount("一般公共预算_小计"))
                .isEqualByComparingTo("100.00");
        assertThat(row(expenditure, RowType.SECTION, "本年支出").amount("政府性基金")).isEqualByComparingTo("360.00");
        assertThat(row(expenditure, RowType.CLASS, "212").amount("合计")).isEqualByComparingTo("460.00");
        assertThat(row(expenditure, RowType.BALANCE, "年终结转结余").amount("政府性基金"))
                .isEqualByComparingTo("40.00");
        assertThat(row(expenditure, RowType.BALANCE, "年终结转结余").amount("一般公共预算_小计")).isNull();
        assertThat(row(expenditure, RowType.TOTAL, "支出合计").amount("合计")).isEqualByComparingTo("500.00");
    }

    @Test
    void table_01_closes_with_the_year_end_carry_forward_so_income_and_expenditure_totals_agree() {
        Grid income = disclosure.tables().incomeAndExpenditure().income();
        Grid expenditure = disclosure.tables().incomeAndExpenditure().expenditure();

        assertThat(row(income, RowType.TOTAL, "本年收入合计").amount("amount")).isEqualByComparingTo("380.00");
        assertThat(row(income, RowType.BALANCE, "上年结转结余").amount("amount")).isEqualByComparingTo("120.00");
        assertThat(row(expenditure, RowType.TOTAL, "本年支出合计").amount("amount")).isEqualByComparingTo("460.00");
        assertThat(row(expenditure, RowType.BALANCE, "年终结转结余").amount("amount")).isEqualByComparingTo("40.00");
        assertThat(row(expenditure, RowType.TOTAL, "支出总计").amount("amount"))
                .isEqualByComparingTo(row(income, RowType.TOTAL, "收入总计").amount("amount"));
    }

    @Test
    void table_09_lists_the_fund_money_by_function_code_without_a_remark() {
        var t09 = disclosure.tables().governmentFund();

        assertThat(t09.remark()).isNull();
        assertThat(Cells.codes(t09.grid(), RowType.FUNCTION)).containsExactly("2120803");
        assertThat(row(t09.grid(), RowType.FUNCTION, "2120803").amount("项目支出_特定目标类"))
                .isEqualByComparingTo("360.00");
        assertThat(Cells.total(t09.grid()).amount("基本支出_小计")).isNull();
    }

    @Test
    void table_11_puts_current_and_carried_over_money_of_each_budget_in_its_own_column() {
        Grid grid = disclosure.tables().projects().grid();

        assertThat(row(grid, RowType.PROJECT, "C").amount("本年拨款_政府性基金预算")).isEqualByComparingTo("300.00");
        assertThat(row(grid, RowType.PROJECT, "C").amount("财政拨款结转结余_政府性基金预算"))
                .isEqualByComparingTo("60.00");
        assertThat(row(grid, RowType.PROJECT, "B").amount("财政拨款结转结余_一般公共预算"))
                .isEqualByComparingTo("20.00");
        assertThat(row(grid, RowType.PROJECT, "B").amount("本年拨款_一般公共预算")).isNull();
        assertThat(Cells.total(grid).amount("合计")).isEqualByComparingTo("400.00");
    }

    @Test
    void table_07_puts_every_carried_over_line_in_the_carry_over_column_whatever_its_source() {
        Grid grid = disclosure.tables().economicClassification().grid();

        assertThat(row(grid, RowType.ECON, "30905/50402").amount("政府性基金")).isEqualByComparingTo("300.00");
        assertThat(row(grid, RowType.ECON, "30905/50402").amount("上年结转结余")).isEqualByComparingTo("60.00");
        assertThat(row(grid, RowType.ECON, "30999/50499").amount("上年结转结余")).isEqualByComparingTo("20.00");
        assertThat(row(grid, RowType.ECON, "30999/50499").amount("一般公共预算_小计")).isNull();
    }

    @Test
    void the_fiscal_narrative_states_each_budget_including_its_carry_over() {
        Narrative.Fiscal fiscal = disclosure.narrative().fiscal();

        assertThat(fiscal.generalPublicBudget().amount()).isEqualByComparingTo("100.00");
        assertThat(fiscal.generalPublicBudget().basis()).isEqualTo("含上年结转");
        assertThat(fiscal.governmentFund().amount()).isEqualByComparingTo("360.00");
        assertThat(fiscal.stateCapital()).isNull();
        assertThat(disclosure.narrative().governmentFund().breakdown().projectShare().format()).isEqualTo("100.00%");
        assertThat(disclosure.narrative().governmentFund().breakdown().basicShare().format()).isEqualTo("0.00%");
    }
}
