package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.disclosure.Cells.row;

import java.util.Optional;

import org.budgetflow.budget.FundSource;
import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/** Table 01: income by source, expenditure by 功能类 with the template's labels. */
class IncomeExpenditureTableTest {
    private final BalanceTable t01 = new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
            .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "90.00")
            .nonAppropriationIncome("510001", "10.00")
            .income("510001", FundSource.BUSINESS_INCOME, "7.00")
            .line("510001", "2010301", "30101", "50101", "60.00").add()
            .line("510001", "2080505", "30108", "50102", "40.00").add()
            .line("510001", "2080505", "30108", "50102", "7.00").source(FundSource.BUSINESS_INCOME).add()
            .build()).tables().incomeAndExpenditure();

    @Test
    void the_general_budget_row_counts_all_its_money_and_the_appropriation_sub_row_only_the_appropriated_part() {
        assertThat(row(t01.income(), RowType.ITEM, "GENERAL_PUBLIC_BUDGET").amount("amount"))
                .isEqualByComparingTo("100.00");
        assertThat(row(t01.income(), RowType.ITEM, "GENERAL_PUBLIC_BUDGET/appropriation").name())
                .isEqualTo("其中：财政拨款");
        assertThat(row(t01.income(), RowType.ITEM, "GENERAL_PUBLIC_BUDGET/appropriation").amount("amount"))
                .isEqualByComparingTo("90.00");
        assertThat(row(t01.income(), RowType.ITEM, "BUSINESS_INCOME").amount("amount")).isEqualByComparingTo("7.00");
        assertThat(row(t01.income(), RowType.ITEM, "OTHER_INCOME").amount("amount")).isNull();
    }

    @Test
    void each_class_row_carries_the_templates_label_and_the_sum_of_its_lines() {
        assertThat(row(t01.expenditure(), RowType.CLASS, "208").name()).isEqualTo("八、社会保障和就业");
        assertThat(row(t01.expenditure(), RowType.CLASS, "208").amount("amount")).isEqualByComparingTo("47.00");
        assertThat(row(t01.expenditure(), RowType.CLASS, "201").amount("amount")).isEqualByComparingTo("60.00");
        assertThat(row(t01.expenditure(), RowType.CLASS, "229").amount("amount")).isNull();
        assertThat(t01.expenditure().rows(RowType.CLASS)).hasSize(30);
    }

    @Test
    void the_totals_block_is_printed_even_when_zero() {
        assertThat(row(t01.expenditure(), RowType.BALANCE, "年终结转结余").amount("amount"))
                .isEqualByComparingTo("0.00");
        assertThat(row(t01.income(), RowType.BALANCE, "上年结转结余").amount("amount")).isEqualByComparingTo("0.00");
        assertThat(row(t01.income(), RowType.TOTAL, "收入总计").amount("amount")).isEqualByComparingTo("107.00");
    }

    @Test
    void a_class_the_template_omits_gets_a_row_named_from_the_code_list() {
        BalanceTable table = new DisclosureGenerator((kind, year, code) -> code.equals("218")
                ? Optional.of("测试类支出") : Optional.empty())
                .generate(DisclosureBudgets.singleUnit()
                        .line("510001", "2180101", "30101", "50101", "5.00").add().build())
                .tables().incomeAndExpenditure();

        assertThat(row(table.expenditure(), RowType.CLASS, "218").name()).isEqualTo("十八、测试类支出");
        assertThat(row(table.expenditure(), RowType.CLASS, "218").amount("amount")).isEqualByComparingTo("5.00");
    }
}
