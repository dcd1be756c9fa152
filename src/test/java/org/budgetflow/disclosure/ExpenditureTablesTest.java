package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.disclosure.Cells.row;

import java.util.Optional;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/** Tables 03, 05 and 06: basic columns by economic class, the 一般公共预算 scope and names of codes. */
class ExpenditureTablesTest {
    private final Disclosure disclosure = new DisclosureGenerator((kind, year, code) ->
            code.equals("2010350") ? Optional.of("事业运行") : Optional.empty())
            .generate(DisclosureBudgets.singleUnit()
                    .project("P", "设备购置", "510001", ProjectType.SPECIFIC_PURPOSE)
                    .line("510001", "2010301", "30101", "50101", "40.00").names("行政运行", "基本工资", "工资奖金津补贴")
                    .add()
                    .line("510001", "2010301", "30302", "50905", "6.00").add()
                    .line("510001", "2010301", "30201", "50201", "5.00").publicOffice().add()
                    .line("510001", "2010301", "31002", "50306", "2.00").publicOffice().add()
                    .line("510001", "2010301", "31002", "50306", "12.00")
                    .forProject("P", ProjectType.SPECIFIC_PURPOSE).add()
                    .line("510001", "2010350", "30101", "50501", "3.00").source(FundSource.BUSINESS_INCOME).add()
                    .line("510001", "2010399", "30201", "50201", "1.00").publicOffice()
                    .source(FundSource.BUSINESS_INCOME).add()
                    .build());

    @Test
    void basic_money_is_split_by_economic_class_into_the_four_basic_columns() {
        Row row = row(disclosure.tables().expenditure().grid(), RowType.FUNCTION, "2010301");

        assertThat(row.amount("基本支出_工资福利支出")).isEqualByComparingTo("40.00");
        assertThat(row.amount("基本支出_对个人和家庭的补助")).isEqualByComparingTo("6.00");
        assertThat(row.amount("基本支出_商品和服务支出")).isEqualByComparingTo("5.00");
        assertThat(row.amount("基本支出_资本性支出")).isEqualByComparingTo("2.00");
        assertThat(row.amount("基本支出_小计")).isEqualByComparingTo("53.00");
        assertThat(row.amount("项目支出_特定目标类")).isEqualByComparingTo("12.00");
        assertThat(row.amount("合计")).isEqualByComparingTo("65.00");
    }

    @Test
    void a_function_row_splits_its_code_into_class_item_and_subitem() {
        Row row = row(disclosure.tables().expenditure().grid(), RowType.FUNCTION, "2010301");

        assertThat(row.text("类")).isEqualTo("201");
        assertThat(row.text("款")).isEqualTo("03");
        assertThat(row.text("项")).isEqualTo("01");
    }

    @Test
    void a_function_row_is_named_as_the_lines_print_it_else_from_the_code_list_else_left_blank() {
        Grid grid = disclosure.tables().expenditure().grid();

        assertThat(row(grid, RowType.FUNCTION, "2010301").name()).isEqualTo("行政运行");
        assertThat(row(grid, RowType.FUNCTION, "2010350").name()).isEqualTo("事业运行");
        assertThat(row(grid, RowType.FUNCTION, "2010399").name()).isNull();
    }

    @Test
    void table_05_has_only_general_budget_money_and_no_rows_for_codes_without_it() {
        Grid grid = disclosure.tables().generalPublicBudget().grid();

        assertThat(Cells.codes(grid, RowType.FUNCTION)).containsExactly("2010301");
        assertThat(Cells.total(grid).amount("合计")).isEqualByComparingTo("65.00");
        assertThat(disclosure.tables().generalPublicBudget().remark()).isNull();
    }

    @Test
    void table_06_splits_general_budget_basic_money_into_personnel_and_office_costs_by_category() {
        Grid grid = disclosure.tables().generalPublicBudgetBasic().grid();

        assertThat(Cells.total(grid).amount("合计")).isEqualByComparingTo("53.00");
        assertThat(Cells.total(grid).amount("人员经费")).isEqualByComparingTo("46.00");
        assertThat(Cells.total(grid).amount("公用经费")).isEqualByComparingTo("7.00");
        assertThat(row(grid, RowType.ECON, "31002/50306").amount("公用经费")).isEqualByComparingTo("2.00");
        assertThat(row(grid, RowType.ECON, "30101/50101").text("deptEconName")).isEqualTo("基本工资");
        assertThat(row(grid, RowType.ECON, "30302/50905").text("deptEconName")).isNull();
    }

    @Test
    void operating_costs_equal_the_office_costs_of_table_06() {
        assertThat(disclosure.narrative().operatingCosts().total()).isEqualByComparingTo("7.00");
        assertThat(disclosure.narrative().operatingCosts().printedTitle()).isEqualTo("机构运转经费支出预算");
    }
}
