package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.disclosure.Cells.row;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.model.Direction;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/** Table 10 and the 国有资本经营 narrative, with and without state-capital money. */
class StateCapitalDisclosureTest {

    private static Disclosure withStateCapital() {
        return new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "30.00")
                .income("510001", FundSource.STATE_CAPITAL, "50.00")
                .project("K", "国有企业资本金注入", "510001", ProjectType.SPECIFIC_PURPOSE)
                .line("510001", "2010301", "30101", "50101", "30.00").add()
                .line("510001", "2230199", "31099", "50399", "50.00").source(FundSource.STATE_CAPITAL)
                .names("其他国有资本经营预算支出", "其他资本性支出", "其他资本性支出")
                .forProject("K", ProjectType.SPECIFIC_PURPOSE).add()
                .priorYear("70.00", "30.00", null, "40.00")
                .changeReasons(new ChangeReasons(null, null, null, "新增资本金注入。", null))
                .build());
    }

    private static Disclosure withoutStateCapital() {
        return new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "30.00")
                .line("510001", "2010301", "30101", "50101", "30.00").add()
                .build());
    }

    @Test
    void table_10_lists_state_capital_money_by_function_code() {
        Table t10 = withStateCapital().tables().stateCapital();

        assertThat(t10.remark()).isNull();
        assertThat(Cells.codes(t10.grid(), RowType.FUNCTION)).containsExactly("2230199");
        assertThat(row(t10.grid(), RowType.FUNCTION, "2230199").name()).isEqualTo("其他国有资本经营预算支出");
        assertThat(row(t10.grid(), RowType.FUNCTION, "2230199").text("类")).isEqualTo("223");
        assertThat(row(t10.grid(), RowType.FUNCTION, "2230199").amount("项目支出_特定目标类"))
                .isEqualByComparingTo("50.00");
        assertThat(row(t10.grid(), RowType.DEPARTMENT, "510").amount("合计")).isEqualByComparingTo("50.00");
    }

    @Test
    void table_10_without_state_capital_keeps_only_its_total_row_and_says_why() {
        Table t10 = withoutStateCapital().tables().stateCapital();

        assertThat(t10.grid().rows()).extracting(r -> r.type()).containsExactly(RowType.TOTAL);
        assertThat(Cells.total(t10.grid()).amount("合计")).isNull();
        assertThat(t10.remark()).isEqualTo("备注：测试局 2024年无国有资本经营支出预算拨款安排的支出，故此表无数据。");
    }

    @Test
    void table_04_shows_state_capital_in_its_column_and_class_row() {
        var expenditure = withStateCapital().tables().fiscalAppropriation().expenditure();

        assertThat(row(expenditure, RowType.CLASS, "223").name()).isEqualTo("（二十三）国有资本经营预算");
        assertThat(row(expenditure, RowType.CLASS, "223").amount("国有资本经营预算")).isEqualByComparingTo("50.00");
        assertThat(row(expenditure, RowType.CLASS, "223").amount("一般公共预算_小计")).isNull();
    }

    @Test
    void the_narrative_compares_state_capital_with_last_year_and_splits_its_spending() {
        Disclosure d = withStateCapital();
        var capital = d.narrative().fiscal().stateCapital();

        assertThat(capital.amount()).isEqualByComparingTo("50.00");
        assertThat(capital.change().direction()).isEqualTo(Direction.INCREASE);
        assertThat(capital.change().amount()).isEqualByComparingTo("10.00");
        assertThat(capital.change().percentage().format()).isEqualTo("25.00%");
        assertThat(capital.change().reason()).isEqualTo("新增资本金注入。");
        assertThat(d.narrative().stateCapital().breakdown().project()).isEqualByComparingTo("50.00");
    }

    @Test
    void the_narrative_without_state_capital_states_there_is_none() throws Exception {
        Disclosure d = withoutStateCapital();
        JsonNode json = new JsonMapper().readTree(new DisclosureJsonWriter().write(d)).path("narrative");

        assertThat(d.narrative().fiscal().stateCapital()).isNull();
        assertThat(json.path("财政拨款收支").path("国有资本经营预算").isNull()).isTrue();
        assertThat(json.path("国有资本经营支出").path("合计").isNull()).isTrue();
        assertThat(json.path("国有资本经营支出").path("说明").asText()).isEqualTo("2024年无国有资本经营预算拨款安排的支出。");
    }
}
