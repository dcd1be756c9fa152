package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.model.Direction;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.Table;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/** Table 08 and narrative section 七: 三公经费 from 一般公共预算 财政拨款 lines by economic code, against last year. */
class ThreePublicDisclosureTest {

    private static Disclosure withoutThreePublic() {
        return new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "60.00")
                .line("510001", "2010301", "30101", "50101", "50.00").add()
                .line("510001", "2010301", "30211", "50201", "10.00").publicOffice().add()
                .priorThreePublic("0.00", "0.00", "0.00", "0.00")
                .build());
    }

    private static Disclosure withThreePublic() {
        return new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "90.00")
                .nonAppropriationIncome("510001", "4.00")
                .income("510001", FundSource.GOVERNMENT_FUND, "1.00")
                .project("V", "公务用车更新", "510001", ProjectType.SPECIFIC_PURPOSE)
                .line("510001", "2010301", "30101", "50101", "60.00").add()
                .line("510001", "2010301", "30212", "50207", "2.00").publicOffice().add()
                .line("510001", "2010301", "30217", "50206", "3.00").publicOffice().add()
                .line("510001", "2010301", "30231", "50208", "5.00").publicOffice().add()
                .line("510001", "2010302", "31013", "50303", "20.00")
                .forProject("V", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510001", "2010301", "30231", "50208", "4.00").publicOffice().notAppropriation().add()
                .line("510001", "2010301", "30217", "50206", "1.00").publicOffice()
                .source(FundSource.GOVERNMENT_FUND).add()
                .priorThreePublic("2.00", "4.00", "0.00", "5.00")
                .changeReasons(new ChangeReasons(null, null, null, null, "公务用车超过报废年限，按规定更新一辆。"))
                .build());
    }

    @Test
    void a_department_without_three_public_money_prints_empty_cells_and_the_remark() {
        Table t08 = withoutThreePublic().tables().threePublic();
        Row row = t08.grid().rows().get(0);

        assertThat(t08.remark())
                .isEqualTo("备注：测试局 2024年无一般公共预算“三公”经费预算拨款安排的支出，故此表无数据。");
        assertThat(t08.grid().amountColumns()).allSatisfy(c -> assertThat(row.amount(c)).isNull());
        assertThat(t08.note()).startsWith("注：按照党中央、国务院有关规定");
    }

    @Test
    void travel_expenses_are_not_three_public_money() {
        Narrative.ThreePublic three = withoutThreePublic().narrative().threePublic();

        assertThat(three.total().amount()).isEqualByComparingTo("0.00");
        assertThat(three.total().change().direction()).isEqualTo(Direction.UNCHANGED);
    }

    @Test
    void three_public_money_comes_from_appropriated_general_budget_lines_basic_and_project() {
        Table t08 = withThreePublic().tables().threePublic();
        Row row = t08.grid().rows().get(0);

        assertThat(t08.remark()).isNull();
        assertThat(row.amount("三公经费合计")).isEqualByComparingTo("30.00");
        assertThat(row.amount("因公出国（境）费")).isEqualByComparingTo("2.00");
        assertThat(row.amount("公务用车购置及运行费_小计")).isEqualByComparingTo("25.00");
        assertThat(row.amount("公务用车购置费")).isEqualByComparingTo("20.00");
        assertThat(row.amount("公务用车运行费")).isEqualByComparingTo("5.00");
        assertThat(row.amount("公务接待费")).isEqualByComparingTo("3.00");
    }

    @Test
    void each_three_public_component_is_compared_with_last_year() {
        Narrative.ThreePublic three = withThreePublic().narrative().threePublic();

        assertThat(three.total().change().direction()).isEqualTo(Direction.INCREASE);
        assertThat(three.total().change().amount()).isEqualByComparingTo("19.00");
        assertThat(three.total().change().percentage().format()).isEqualTo("172.73%");
        assertThat(three.total().change().reason()).isEqualTo("公务用车超过报废年限，按规定更新一辆。");
        assertThat(three.reception().change().direction()).isEqualTo(Direction.DECREASE);
        assertThat(three.reception().change().percentage().format()).isEqualTo("25.00%");
        assertThat(three.abroad().change().direction()).isEqualTo(Direction.UNCHANGED);
        assertThat(three.vehiclePurchase().change().percentage()).as("no share of a zero prior figure").isNull();
        assertThat(three.vehicles()).isEqualByComparingTo("25.00");
    }

    @Test
    void the_json_prints_an_unchanged_component_as_the_templates_words_and_a_change_as_an_object() throws Exception {
        byte[] json = new DisclosureJsonWriter().write(withThreePublic());
        JsonNode three = new JsonMapper().readTree(new String(json, StandardCharsets.UTF_8))
                .path("narrative").path("三公经费");

        assertThat(three.path("合计").asText()).isEqualTo("30.00");
        assertThat(three.path("因公出国（境）费比上年").asText()).isEqualTo("保持一致");
        assertThat(three.path("比上年").path("方向").asText()).isEqualTo("增加");
        assertThat(three.path("比上年").path("增减额").asText()).isEqualTo("19.00");
        assertThat(three.path("比上年").path("百分比").asText()).isEqualTo("172.73%");
        assertThat(three.path("公务接待费比上年").path("方向").asText()).isEqualTo("减少");
    }

    @Test
    void without_last_years_three_public_figures_no_comparison_is_stated() {
        Disclosure d = new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
                .line("510001", "2010301", "30217", "50206", "3.00").publicOffice().add()
                .build());

        assertThat(d.narrative().threePublic().reception().change()).isNull();
        assertThat(d.narrative().threePublic().total().change()).isNull();
    }
}
