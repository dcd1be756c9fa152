package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/**
 * Row order: function rows by code; economic pairs and projects in order of first appearance with the lines taken by
 * function code (stable within a code); table 13 in declaration order.
 */
class RowOrderTest {
    private final Disclosure disclosure = new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
            .project("Q", "后声明的项目", "510001", ProjectType.OTHER_OPERATING)
            .project("R", "先出现的项目", "510001", ProjectType.SPECIFIC_PURPOSE)
            .project("S", "没有资金的项目", "510001", ProjectType.SPECIFIC_PURPOSE)
            .line("510001", "2210201", "30113", "50103", "8.00").add()
            .line("510001", "2080505", "30108", "50102", "9.00").add()
            .line("510001", "2010301", "30102", "50101", "10.00").add()
            .line("510001", "2010301", "30101", "50101", "11.00").add()
            .line("510001", "2130101", "30227", "50205", "3.00").forProject("Q", ProjectType.OTHER_OPERATING).add()
            .line("510001", "2010302", "30227", "50205", "4.00").forProject("R", ProjectType.SPECIFIC_PURPOSE).add()
            .line("510001", "2010301", "30102", "50101", "1.00").source(FundSource.OTHER_INCOME).add()
            .build());

    @Test
    void function_rows_are_in_function_code_order() {
        assertThat(Cells.codes(disclosure.tables().expenditure().grid(), RowType.FUNCTION))
                .containsExactly("2010301", "2010302", "2080505", "2130101", "2210201");
    }

    @Test
    void economic_rows_follow_the_lines_taken_by_function_code_then_as_declared() {
        assertThat(Cells.codes(disclosure.tables().generalPublicBudgetBasic().grid(), RowType.ECON))
                .containsExactly("30102/50101", "30101/50101", "30108/50102", "30113/50103");
        assertThat(Cells.codes(disclosure.tables().economicClassification().grid(), RowType.ECON))
                .containsExactly("30102/50101", "30101/50101", "30227/50205", "30108/50102", "30113/50103");
    }

    @Test
    void a_pair_with_lines_under_several_function_codes_is_one_row_with_their_sum() {
        Row pair = Cells.row(disclosure.tables().economicClassification().grid(), RowType.ECON, "30102/50101");

        assertThat(pair.amount("总计")).isEqualByComparingTo("11.00");
        assertThat(pair.amount("其他收入")).isEqualByComparingTo("1.00");
    }

    @Test
    void projects_in_table_11_follow_their_first_line_and_projects_without_lines_come_last() {
        assertThat(Cells.codes(disclosure.tables().projects().grid(), RowType.PROJECT))
                .containsExactly("R", "Q", "S");
        assertThat(Cells.row(disclosure.tables().projects().grid(), RowType.PROJECT, "S").amount("合计")).isNull();
    }

    @Test
    void projects_in_table_13_are_in_declaration_order() {
        assertThat(disclosure.tables().projectPerformance().projects())
                .extracting(ProjectPerformanceTable.ProjectTargets::projectCode)
                .containsExactly("Q", "R", "S");
    }
}
