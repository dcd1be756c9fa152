package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.Assets;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/** disclosure-v1 JSON: keys, nesting and string formats as in the contract's worked example. */
class DisclosureJsonWriterTest {
    private final Disclosure disclosure = new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
            .printedName("测试局（汇总）")
            .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "61.00")
            .project("P", "重点项目", "510001", ProjectType.SPECIFIC_PURPOSE, true)
            .project("Q", "一般项目", "510001", ProjectType.OTHER_OPERATING)
            .line("510001", "2010301", "30101", "50101", "30.00").names("行政运行", "基本工资", "工资奖金津补贴").add()
            .line("510001", "2010301", "30217", "50206", "1.00").publicOffice().add()
            .line("510001", "2010302", "30227", "50205", "20.00")
            .forProject("P", ProjectType.SPECIFIC_PURPOSE).add()
            .line("510001", "2010302", "30227", "50205", "10.00")
            .forProject("Q", ProjectType.OTHER_OPERATING).add()
            .procurement("0.00", "0.00", "10.00")
            .assets(new Assets("2023年期末", new Assets.Vehicles(1, 0, 0, 1, "通勤车"), 0, 0))
            .priorYear("50.00", "50.00", null, null)
            .build());

    private final byte[] bytes = new DisclosureJsonWriter().write(disclosure);
    private final JsonNode json = read(bytes);

    private static JsonNode read(byte[] bytes) {
        try {
            return new JsonMapper().readTree(bytes);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void the_document_has_the_contracts_top_level_keys_in_order() {
        assertThat(keys(json)).containsExactly("format", "department", "year", "amountUnit", "units", "narrative",
                "tables");
        assertThat(json.path("format").asText()).isEqualTo("budgetflow/disclosure-v1");
        assertThat(json.path("department").path("printedName").asText()).isEqualTo("测试局（汇总）");
        assertThat(keys(json.path("tables"))).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09",
                "10", "11", "12", "13");
    }

    @Test
    void amounts_are_two_decimal_strings_and_empty_cells_are_null() {
        JsonNode total = json.path("tables").path("03").path("rows").get(0).path("values");

        assertThat(total.path("合计").isTextual()).isTrue();
        assertThat(total.path("合计").asText()).isEqualTo("61.00");
        assertThat(total.path("基本支出_对个人和家庭的补助").isNull()).isTrue();
        assertThat(json.path("tables").path("01").path("totals").path("年终结转结余").asText()).isEqualTo("0.00");
    }

    @Test
    void percentages_are_strings_rounded_to_two_decimals_with_a_percent_sign() {
        JsonNode expenditure = json.path("narrative").path("支出");

        assertThat(expenditure.path("基本支出占比").asText()).isEqualTo("50.82%");
        assertThat(expenditure.path("项目支出占比").asText()).isEqualTo("49.18%");
        assertThat(json.path("narrative").path("收支总计").path("比上年").path("百分比").asText()).isEqualTo("22.00%");
    }

    @Test
    void a_table_with_data_has_no_remark_key_and_an_empty_one_has_it() {
        assertThat(json.path("tables").path("08").has("remark")).isFalse();
        assertThat(json.path("tables").path("08").path("values").path("公务接待费").asText()).isEqualTo("1.00");
        assertThat(json.path("tables").path("09").has("remark")).isTrue();
        assertThat(json.path("tables").path("10").path("rows")).hasSize(1);
    }

    @Test
    void counts_are_strings_and_key_projects_are_listed_by_name() {
        JsonNode targets = json.path("narrative").path("绩效目标");

        assertThat(targets.path("项目个数").asText()).isEqualTo("2");
        assertThat(targets.path("涉及预算拨款").asText()).isEqualTo("30.00");
        assertThat(targets.path("重点绩效目标项目").get(0).asText()).isEqualTo("重点项目");
        assertThat(targets.path("重点绩效目标项目个数").asText()).isEqualTo("1");
        assertThat(json.path("narrative").path("国有资产").path("车辆").asText()).isEqualTo("2");
        assertThat(json.path("narrative").path("国有资产").path("其他用车说明").asText()).isEqualTo("通勤车");
        assertThat(json.path("narrative").path("政府采购").path("合计").asText()).isEqualTo("10.00");
    }

    @Test
    void the_narrative_has_the_sections_of_the_template_in_order() {
        assertThat(keys(json.path("narrative"))).containsExactly("收支总计", "收入", "支出", "财政拨款收支",
                "一般公共预算支出", "一般公共预算基本支出", "三公经费", "政府性基金支出", "国有资本经营支出", "机关运行经费", "政府采购",
                "绩效目标", "国有资产", "专项转移支付");
        assertThat(json.path("narrative").path("财政拨款收支").path("一般公共预算口径").isNull()).isTrue();
        assertThat(json.path("narrative").path("财政拨款收支").path("政府性基金比上年").isNull()).isTrue();
    }

    @Test
    void table_12_derives_its_budget_overview_and_prints_the_department_as_named_on_the_cover() {
        JsonNode t12 = json.path("tables").path("12");

        assertThat(t12.path("部门（单位）名称").asText()).isEqualTo("测试局（汇总）");
        assertThat(t12.path("年度").asText()).isEqualTo("2024年度");
        assertThat(t12.path("预算情况").path("部门预算总额").asText()).isEqualTo("61.00");
        assertThat(t12.path("预算情况").path("政府预算资金").asText()).isEqualTo("61.00");
        assertThat(t12.path("预算情况").path("单位资金").isNull()).isTrue();
        assertThat(t12.path("预算情况").path("项目支出").asText()).isEqualTo("30.00");
    }

    @Test
    void table_13_lists_each_project_with_its_code_funds_and_indicators_by_category_label() {
        JsonNode project = json.path("tables").path("13").path("projects").get(0);

        assertThat(keys(project)).containsExactly("unitCode", "projectCode", "projectName", "资金总额", "政府预算资金",
                "财政专户管理资金", "单位资金", "indicators");
        assertThat(project.path("projectCode").asText()).isEqualTo("P");
        assertThat(project.path("indicators").get(0).path("category").asText()).isEqualTo("成本");
    }

    @Test
    void the_bytes_use_one_space_indentation_and_unix_line_ends_and_end_with_a_newline() {
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n \"format\": \"budgetflow/disclosure-v1\",\n \"department\": {\n  \"name\"");
        assertThat(text).doesNotContain("\r").endsWith("}\n");
        assertThat(text).contains("\"重点绩效目标项目\": [\n");
    }

    @Test
    void the_same_disclosure_gives_the_same_bytes() {
        assertThat(new DisclosureJsonWriter().write(disclosure)).isEqualTo(bytes);
    }
}
