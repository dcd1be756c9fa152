package org.budgetflow.validation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

/** V28–V34: narrative against tables, empty tables, definitions, plausibility, policy, names and years. */
class NarrativeAndPolicyRulesTest {

    private static AuditDisclosures doc() {
        return AuditDisclosures.consistent();
    }

    // ---- V28

    @Test
    void v28_accepts_narrative_figures_shares_and_changes_that_agree_with_the_tables() {
        assertThat(doc().check(new V28NarrativeFigures())).isEmpty();
    }

    @Test
    void v28_reports_a_narrative_figure_that_differs_from_its_table_and_the_share_built_on_it() {
        List<Finding> findings = doc().set("narrative.支出.基本支出", "61.00").check(new V28NarrativeFigures());

        assertThat(findings).containsExactly(
                Finding.error("V28", "narrative.支出.基本支出",
                        "情况说明 支出 基本支出 61.00 ≠ 表03 基本支出 小计 60.00（相差 1.00）"),
                Finding.error("V28", "narrative.支出.基本支出占比",
                        "情况说明 支出 基本支出占比 35.29% ≠ 基本支出 61.00 / 支出合计 170.00 = 35.88%"));
    }

    @Test
    void v28_accepts_a_share_one_unit_of_the_last_printed_digit_away() {
        assertThat(doc().set("narrative.支出.基本支出占比", "35.30%").check(new V28NarrativeFigures())).isEmpty();
    }

    @Test
    void v28_reports_a_share_two_units_of_the_last_printed_digit_away() {
        assertThat(doc().set("narrative.支出.基本支出占比", "35.31%").check(new V28NarrativeFigures()))
                .extracting(Finding::location).containsExactly("narrative.支出.基本支出占比");
    }

    @Test
    void v28_reports_a_year_on_year_percentage_that_does_not_recompute_from_the_implied_prior_year() {
        List<Finding> findings = doc().set("narrative.财政拨款收支.一般公共预算比上年.百分比", "16.67%")
                .check(new V28NarrativeFigures());

        assertThat(findings).containsExactly(Finding.error("V28", "narrative.财政拨款收支.一般公共预算比上年",
                "情况说明 财政拨款收支 一般公共预算比上年 百分比 16.67% ≠ 增减额 20.00 / 上年数 100.00（120.00 − 20.00）= 20.00%"));
    }

    @Test
    void v28_reports_a_decrease_whose_percentage_uses_this_year_as_the_base() {
        List<Finding> findings = doc()
                .setJson("narrative.收支总计.比上年", "{\"方向\":\"减少\",\"增减额\":\"30.00\",\"百分比\":\"17.65%\"}")
                .check(new V28NarrativeFigures());

        assertThat(findings).extracting(Finding::message).contains(
                "情况说明 收支总计 比上年 百分比 17.65% ≠ 增减额 30.00 / 上年数 200.00（170.00 + 30.00）= 15.00%");
    }

    @Test
    void v28_reports_implied_prior_year_components_that_exceed_the_implied_prior_year_total() {
        List<Finding> findings = doc()
                .setJson("narrative.收支总计.比上年", "{\"方向\":\"增加\",\"增减额\":\"30.00\",\"百分比\":\"21.43%\"}")
                .check(new V28NarrativeFigures());

        assertThat(findings).containsExactly(Finding.error("V28", "narrative.财政拨款收支",
                "由比上年增减推算的上年数：一般公共预算 100.00（120.00 − 20.00） + 政府性基金 50.00（保持一致） = 150.00，"
                        + "超过收支总计上年数 140.00（170.00 − 30.00），相差 10.00"));
    }

    @Test
    void v28_reads_a_change_written_as_a_sentence() {
        List<Finding> findings = doc().set("narrative.三公经费.比上年", "增加 0.50万元，增长 50.00%，主要原因是接待任务增加")
                .check(new V28NarrativeFigures());

        assertThat(findings).extracting(Finding::message).containsExactly(
                "情况说明 三公经费 比上年 百分比 50.00% ≠ 增减额 0.50 / 上年数 0.50（1.00 − 0.50）= 100.00%");
    }

    @Test
    void v28_warns_about_a_percentage_printed_with_another_precision_than_the_rest() {
        List<Finding> findings = doc().set("narrative.政府性基金支出.基本支出占比", "0%").check(new V28NarrativeFigures());

        assertThat(findings).containsExactly(Finding.warning("V28", "narrative.政府性基金支出.基本支出占比",
                "情况说明 百分比“0%”保留 0 位小数，本文档其他百分比保留 2 位小数"));
    }

    @Test
    void v28_reports_a_key_project_count_that_differs_from_the_listed_key_projects() {
        List<Finding> findings = doc().set("narrative.绩效目标.重点绩效目标项目个数", "2").check(new V28NarrativeFigures());

        assertThat(findings).containsExactly(Finding.error("V28", "narrative.绩效目标.重点绩效目标项目个数",
                "情况说明 重点绩效目标项目个数 2 ≠ 所列重点项目 1 个"));
    }

    // ---- V29

    @Test
    void v29_accepts_empty_tables_that_carry_the_no_data_remark() {
        assertThat(doc().check(new V29EmptyTableRemarks())).isEmpty();
    }

    @Test
    void v29_warns_about_an_empty_table_without_remark() {
        List<Finding> findings = doc().remove("tables.10.remark").check(new V29EmptyTableRemarks());

        assertThat(findings).containsExactly(Finding.warning("V29", "tables.10.remark",
                "表10 无数据，但未注明“…故此表无数据”"));
    }

    @Test
    void v29_warns_about_a_table_with_data_whose_remark_says_it_has_none() {
        List<Finding> findings = doc().set("tables.09.remark", "备注：测试区示范办公室 2024年无政府性基金支出，故此表无数据。")
                .check(new V29EmptyTableRemarks());

        assertThat(findings).extracting(Finding::location).containsExactly("tables.09.remark");
    }

    @Test
    void v29_warns_when_the_narrative_does_not_say_that_an_empty_table_has_no_expenditure() {
        List<Finding> findings = doc().set("narrative.国有资本经营支出.说明", "本部门不涉及此项。")
                .check(new V29EmptyTableRemarks());

        assertThat(findings).extracting(Finding::location).containsExactly("narrative.国有资本经营支出.说明");
    }

    // ---- V30

    @Test
    void v30_accepts_operating_costs_equal_to_public_costs() {
        assertThat(doc().check(new V30OperatingCosts())).isEmpty();
    }

    @Test
    void v30_reports_operating_costs_above_public_costs_as_an_error() {
        List<Finding> findings = doc().set("narrative.机关运行经费.合计", "11.00").check(new V30OperatingCosts());

        assertThat(findings).containsExactly(Finding.error("V30", "narrative.机关运行经费.合计",
                "情况说明 机关运行经费 11.00 ≠ 表06 公用经费 10.00（相差 1.00）"));
    }

    @Test
    void v30_warns_about_operating_costs_below_public_costs() {
        assertThat(doc().set("narrative.机关运行经费.合计", "9.00").check(new V30OperatingCosts()))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    // ---- V31

    @Test
    void v31_accepts_procurement_parts_that_add_up() {
        assertThat(doc().check(new V31Procurement())).isEmpty();
    }

    @Test
    void v31_reports_procurement_parts_that_do_not_add_up() {
        List<Finding> findings = doc().set("narrative.政府采购.工程", "19.00").check(new V31Procurement());

        assertThat(findings).containsExactly(Finding.error("V31", "narrative.政府采购.合计",
                "情况说明 政府采购 合计 20.00 ≠ 货物 + 工程 + 服务 = 0.00 + 19.00 + 0.00 = 19.00（相差 1.00）"));
    }

    @Test
    void v31_warns_about_no_procurement_despite_capital_expenditure() {
        List<Finding> findings = doc().set("narrative.政府采购.合计", "0.00").set("narrative.政府采购.工程", "0.00")
                .check(new V31Procurement());

        assertThat(findings).containsExactly(Finding.warning("V31", "narrative.政府采购.合计",
                "政府采购预算 0.00，但表07 列有资本性支出 30905 基础设施建设 70.00，请核实是否无需政府采购"));
    }

    // ---- V32

    @Test
    void v32_accepts_no_vehicles_and_no_vehicle_operating_costs() {
        assertThat(doc().check(new V32VehiclesAndOperatingCosts())).isEmpty();
    }

    @Test
    void v32_reports_vehicle_operating_costs_without_vehicles_as_an_error() {
        List<Finding> findings = doc().set("tables.08.values.公务用车运行费", "2.00")
                .check(new V32VehiclesAndOperatingCosts());

        assertThat(findings).containsExactly(Finding.error("V32", "narrative.国有资产.车辆",
                "国有资产占用 车辆 0 辆，但表08 公务用车运行费 2.00"));
    }

    @Test
    void v32_warns_about_vehicles_without_operating_costs() {
        List<Finding> findings = doc().set("narrative.国有资产.车辆", "2").set("narrative.国有资产.一般公务用车", "2")
                .check(new V32VehiclesAndOperatingCosts());

        assertThat(findings).containsExactly(Finding.warning("V32", "narrative.国有资产.车辆",
                "国有资产占用 车辆 2 辆，但表08 公务用车运行费为 0.00"));
    }

    // ---- V33

    @Test
    void v33_accepts_an_increase_with_a_stated_reason() {
        List<Finding> findings = doc().setJson("narrative.三公经费.公务接待费比上年",
                        "{\"方向\":\"增加\",\"增减额\":\"0.50\",\"百分比\":\"100.00%\",\"原因\":\"接待任务增加\"}")
                .check(new V33ThreePublicIncreaseReasons());

        assertThat(findings).isEmpty();
    }

    @Test
    void v33_warns_about_an_increase_without_reason() {
        List<Finding> findings = doc().setJson("narrative.三公经费.公务接待费比上年",
                        "{\"方向\":\"增加\",\"增减额\":\"0.50\",\"百分比\":\"100.00%\",\"原因\":null}")
                .check(new V33ThreePublicIncreaseReasons());

        assertThat(findings).containsExactly(Finding.warning("V33", "narrative.三公经费.公务接待费比上年",
                "情况说明 公务接待费 比上年增加 0.50，未说明原因（“三公”经费只减不增）"));
    }

    @Test
    void v33_warns_about_a_sentence_that_states_an_increase_without_reason() {
        List<Finding> findings = doc().set("narrative.三公经费.比上年", "增加 0.50万元，增长 100.00%")
                .check(new V33ThreePublicIncreaseReasons());

        assertThat(findings).extracting(Finding::location).containsExactly("narrative.三公经费.比上年");
    }

    // ---- V34

    @Test
    void v34_accepts_consistent_names_and_years() {
        assertThat(doc().check(new V34NamesAndYears())).isEmpty();
    }

    @Test
    void v34_warns_about_a_year_that_is_neither_the_budget_year_nor_the_prior_year() {
        List<Finding> findings = doc().set("narrative.专项转移支付", "2021年无负责管理的专项转移支付项目。")
                .check(new V34NamesAndYears());

        assertThat(findings).containsExactly(Finding.warning("V34", "narrative.专项转移支付",
                "情况说明 专项转移支付 出现年份 2021，既非预算年度 2024 也非上年 2023"));
    }

    @Test
    void v34_warns_about_a_performance_table_for_another_year() {
        assertThat(doc().set("tables.12.年度", "2023年度").check(new V34NamesAndYears()))
                .containsExactly(Finding.warning("V34", "tables.12.年度", "表12 年度“2023年度”与预算年度 2024 不符"));
    }

    @Test
    void v34_warns_about_department_names_that_differ_between_tables() {
        List<Finding> findings = doc().set("tables.12.部门（单位）名称", "测试区示范中心")
                .set("tables.03.rows[code=100].name", "测试区示范中心")
                .set("tables.11.rows[项目名称=设施维护项目].项目单位", "测试区示范中心")
                .check(new V34NamesAndYears());

        assertThat(findings).extracting(Finding::location).containsExactly(
                "tables.12.部门（单位）名称", "tables.03.rows[code=100].name",
                "tables.11.rows[项目名称=设施维护项目].项目单位");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void v34_warns_about_a_remark_that_names_another_department() {
        List<Finding> findings = doc().set("tables.10.remark", "备注：某某局 2024年无国有资本经营支出预算拨款安排的支出，故此表无数据。")
                .check(new V34NamesAndYears());

        assertThat(findings).extracting(Finding::location).containsExactly("tables.10.remark");
    }

    @Test
    void v34_warns_about_a_stale_class_label_without_code() {
        List<Finding> findings = doc()
                .append("tables.04.expenditure", "{\"item\":\"（九）医疗卫生与计划生育支出\",\"classCode\":null,\"values\":{}}")
                .check(new V34NamesAndYears(Map.of("医疗卫生与计划生育", "210 卫生健康")));

        assertThat(findings).containsExactly(Finding.warning("V34",
                "tables.04.expenditure[item=（九）医疗卫生与计划生育支出].item",
                "表04 支出“（九）医疗卫生与计划生育支出”没有功能分类类编码，“医疗卫生与计划生育”是已停用的类名（现为 210 卫生健康）"));
    }
}
