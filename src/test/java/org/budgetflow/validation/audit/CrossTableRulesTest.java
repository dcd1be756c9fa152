package org.budgetflow.validation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

/** V13–V27: invariants across tables. Each rule runs alone on the consistent fixture with one cell changed. */
class CrossTableRulesTest {

    private static AuditDisclosures doc() {
        return AuditDisclosures.consistent();
    }

    // ---- V13

    @Test
    void v13_accepts_an_income_table_that_agrees_with_table_01() {
        assertThat(doc().check(new V13IncomeTablesAgree())).isEmpty();
    }

    @Test
    void v13_reports_a_source_column_that_differs_from_the_table_01_income_row() {
        List<Finding> findings = doc().set("tables.01.income[item=一、一般公共预算].amount", "101.00")
                .check(new V13IncomeTablesAgree());

        assertThat(findings).containsExactly(Finding.error("V13",
                "tables.02.rows[rowType=total].本年收入_一般公共预算_小计",
                "表02 合计 本年收入_一般公共预算_小计 100.00 ≠ 表01 一、一般公共预算 101.00（相差 1.00）"));
    }

    // ---- V14

    @Test
    void v14_accepts_expenditure_classes_that_agree_with_table_03() {
        assertThat(doc().check(new V14ExpenditureByClass())).isEmpty();
    }

    @Test
    void v14_reports_a_class_row_that_differs_from_the_sum_of_its_function_rows() {
        List<Finding> findings = doc().set("tables.01.expenditure[classCode=212].amount", "51.00")
                .check(new V14ExpenditureByClass());

        assertThat(findings).containsExactly(Finding.error("V14", "tables.01.expenditure[classCode=212].amount",
                "表01 十二、城乡社区事务（212） 51.00 ≠ 表03 212 类合计 50.00（相差 1.00）"));
    }

    @Test
    void v14_reports_a_class_of_table_03_missing_from_table_01() {
        List<Finding> findings = doc().remove("tables.01.expenditure[classCode=229].classCode")
                .check(new V14ExpenditureByClass());

        assertThat(findings).extracting(Finding::location).containsExactly("tables.01.expenditure[classCode=229]");
    }

    // ---- V15

    @Test
    void v15_accepts_financial_appropriation_income_that_agrees_with_tables_01_and_02() {
        assertThat(doc().check(new V15FiscalIncome())).isEmpty();
    }

    @Test
    void v15_reports_a_carry_over_part_that_differs_from_table_02() {
        List<Finding> findings = doc()
                .set("tables.04.income[section=上年结转][item=（二）政府性基金预算拨款].amount", "49.00")
                .check(new V15FiscalIncome());

        assertThat(findings).containsExactly(Finding.error("V15",
                "tables.04.income[section=上年结转][item=（二）政府性基金预算拨款].amount",
                "表04 上年结转 （二）政府性基金预算拨款 49.00 ≠ 表02 上年结转结余_政府性基金 50.00（相差 1.00）"));
    }

    // ---- V16

    @Test
    void v16_accepts_classes_that_agree_with_tables_05_09_and_10() {
        assertThat(doc().check(new V16FiscalExpenditureByClass())).isEmpty();
    }

    @Test
    void v16_reports_a_class_whose_general_budget_differs_from_table_05() {
        List<Finding> findings = doc().set("tables.04.expenditure[classCode=212].一般公共预算_小计", "49.00")
                .check(new V16FiscalExpenditureByClass());

        assertThat(findings).containsExactly(Finding.error("V16",
                "tables.04.expenditure[classCode=212].一般公共预算_小计",
                "表04 （十二）城乡社区事务支出（212）一般公共预算 49.00 ≠ 表05 212 类合计 50.00（相差 1.00）"));
    }

    @Test
    void v16_reports_a_year_end_carry_forward_that_table_01_does_not_show() {
        List<Finding> findings = doc().set("tables.04.expenditure[item=二、年终结转结余].合计", "10.00")
                .check(new V16FiscalExpenditureByClass());

        assertThat(findings).containsExactly(Finding.error("V16", "tables.04.expenditure[item=二、年终结转结余].合计",
                "表04 二、年终结转结余 合计 10.00 ≠ 表01 年终结转结余 0.00（相差 10.00）"));
    }

    @Test
    void v16_reports_a_fund_class_missing_from_table_04() {
        List<Finding> findings = doc().remove("tables.04.expenditure[classCode=229].classCode")
                .check(new V16FiscalExpenditureByClass());

        assertThat(findings).extracting(Finding::location)
                .containsExactly("tables.04.expenditure[classCode=229].政府性基金");
    }

    // ---- V17

    @Test
    void v17_accepts_a_general_budget_table_that_is_part_of_table_03() {
        assertThat(doc().check(new V17GeneralBudgetPartOfTable03())).isEmpty();
    }

    @Test
    void v17_reports_a_general_budget_row_larger_than_the_same_row_of_table_03() {
        List<Finding> findings = doc().set("tables.05.rows[code=2010301].合计", "71.00")
                .check(new V17GeneralBudgetPartOfTable03());

        assertThat(findings).containsExactly(Finding.error("V17", "tables.05.rows[code=2010301].合计",
                "表05 2010301 行政运行 合计 71.00 ≠ 表03 同科目 70.00（相差 1.00）（一般公共预算部分不能大于全部）"));
    }

    @Test
    void v17_warns_about_an_empty_fund_row_listed_in_the_general_budget_table() {
        List<Finding> findings = doc().append("tables.05.rows", "{\"rowType\":\"function\",\"code\":\"2290402\","
                        + "\"类\":\"229\",\"款\":\"04\",\"项\":\"02\",\"name\":\"其他地方自行试点项目收益专项债券收入安排的支出\","
                        + "\"values\":{\"合计\":null}}")
                .check(new V17GeneralBudgetPartOfTable03());

        assertThat(findings).containsExactly(Finding.warning("V17", "tables.05.rows[code=2290402]",
                "表05（一般公共预算）列出空行 2290402 其他地方自行试点项目收益专项债券收入安排的支出，该科目为政府性基金支出（表09 50.00）"));
    }

    @Test
    void v17_requires_identical_rows_when_the_department_has_only_general_budget_money() {
        AuditDisclosures onlyGpb = doc()
                .set("tables.02.rows[rowType=total].上年结转结余_合计", "20.00")
                .set("tables.02.rows[rowType=total].上年结转结余_政府性基金", null)
                .setJson("tables.09.rows", "[{\"rowType\":\"total\",\"values\":{}}]")
                .set("tables.05.rows[code=2120399].合计", "30.00");

        assertThat(onlyGpb.check(new V17GeneralBudgetPartOfTable03())).extracting(Finding::message).containsExactly(
                "表05 2120399 其他城乡社区公共设施支出 合计 30.00 ≠ 表03 同科目 50.00（相差 20.00）",
                "表03 2290402 其他地方自行试点项目收益专项债券收入安排的支出 合计 50.00 未列入表05（本部门只有一般公共预算资金）");
    }

    // ---- V18

    @Test
    void v18_accepts_a_basic_expenditure_split_that_agrees_with_table_05() {
        assertThat(doc().check(new V18BasicExpenditureSplit())).isEmpty();
    }

    @Test
    void v18_reports_personnel_costs_that_differ_from_table_05_wages_and_household_support() {
        List<Finding> findings = doc().set("tables.06.total.人员经费", "51.00").check(new V18BasicExpenditureSplit());

        assertThat(findings).containsExactly(Finding.error("V18", "tables.06.total.人员经费",
                "表06 人员经费 51.00 ≠ 表05 工资福利支出 50.00 + 对个人和家庭的补助 0.00 = 50.00（相差 1.00）"));
    }

    // ---- V19

    @Test
    void v19_accepts_basic_expenditure_contained_in_the_economic_summary() {
        assertThat(doc().check(new V19BasicWithinEconomicSummary())).isEmpty();
    }

    @Test
    void v19_reports_a_basic_economic_code_larger_than_in_the_economic_summary() {
        List<Finding> findings = doc().set("tables.06.rows[deptEconCode=30101][govEconCode=50101].合计", "51.00")
                .check(new V19BasicWithinEconomicSummary());

        assertThat(findings).containsExactly(Finding.error("V19",
                "tables.06.rows[deptEconCode=30101][govEconCode=50101].合计",
                "表06 30101 基本工资 合计 51.00 大于表07 同科目总计 50.00"));
    }

    @Test
    void v19_reports_a_project_total_that_differs_from_the_summary_less_basic_expenditure() {
        List<Finding> findings = doc().set("tables.11.rows[rowType=total].合计", "111.00")
                .check(new V19BasicWithinEconomicSummary());

        assertThat(findings).extracting(Finding::location).containsExactly("tables.11.rows[rowType=total].合计");
    }

    // ---- V20

    @Test
    void v20_accepts_an_economic_summary_that_agrees_with_tables_01_and_03() {
        assertThat(doc().check(new V20EconomicSummaryTotals())).isEmpty();
    }

    @Test
    void v20_reports_a_summary_total_and_carry_over_that_differ_from_tables_03_and_01() {
        List<Finding> findings = doc().set("tables.07.rows[rowType=total].总计", "171.00")
                .set("tables.07.rows[rowType=total].上年结转结余", "71.00")
                .check(new V20EconomicSummaryTotals());

        assertThat(findings).extracting(Finding::message).containsExactly(
                "表07 合计 总计 171.00 ≠ 表03 合计 170.00（相差 1.00）",
                "表07 合计 上年结转结余 71.00 ≠ 表01 上年结转结余 70.00（相差 1.00）");
    }

    // ---- V21

    @Test
    void v21_accepts_three_public_figures_that_match_their_economic_codes() {
        assertThat(doc().check(new V21ThreePublicFromEconomicCodes())).isEmpty();
    }

    @Test
    void v21_accepts_a_three_public_figure_that_includes_carry_over_of_its_code() {
        List<Finding> findings = doc()
                .set("tables.07.rows[deptEconCode=30217][govEconCode=50206].上年结转结余", "1.00")
                .set("tables.08.values.公务接待费", "2.00")
                .check(new V21ThreePublicFromEconomicCodes());

        assertThat(findings).isEmpty();
    }

    @Test
    void v21_reports_a_reception_cost_that_differs_from_economic_code_30217() {
        List<Finding> findings = doc().set("tables.08.values.公务接待费", "2.00")
                .check(new V21ThreePublicFromEconomicCodes());

        assertThat(findings).containsExactly(Finding.error("V21", "tables.08.values.公务接待费",
                "表08 公务接待费 2.00 ≠ 表07 30217 一般公共预算财政拨款 1.00（相差 1.00）"));
    }

    // ---- V22

    @Test
    void v22_accepts_fund_columns_that_agree_with_tables_09_and_10() {
        assertThat(doc().check(new V22FundTablesAgreeWithTable04())).isEmpty();
    }

    @Test
    void v22_reports_a_fund_column_that_differs_from_table_09() {
        List<Finding> findings = doc().set("tables.04.expenditure[item=一、本年支出].政府性基金", null)
                .check(new V22FundTablesAgreeWithTable04());

        assertThat(findings).containsExactly(Finding.error("V22", "tables.04.expenditure[item=一、本年支出].政府性基金",
                "表04 一、本年支出 政府性基金 0.00 ≠ 表09 合计 50.00（相差 50.00）"));
    }

    // ---- V23

    @Test
    void v23_accepts_a_project_table_that_agrees_with_the_expenditure_tables() {
        assertThat(doc().check(new V23ProjectTable())).isEmpty();
    }

    @Test
    void v23_reports_a_project_type_that_moves_money_between_the_table_03_columns() {
        List<Finding> findings = doc().set("tables.11.rows[项目名称=办公运转项目].类型", "特定目标类")
                .check(new V23ProjectTable());

        assertThat(findings).extracting(Finding::message).containsExactly(
                "表03 项目支出 其他运转类 10.00 ≠ 表11 其他运转类项目之和 0.00（相差 10.00）",
                "表03 项目支出 特定目标类 100.00 ≠ 表11 特定目标类项目之和 110.00（相差 10.00）");
    }

    @Test
    void v23_reports_general_budget_project_money_that_differs_from_table_05() {
        List<Finding> findings = doc().set("tables.11.rows[rowType=total].财政拨款结转结余_一般公共预算", "21.00")
                .check(new V23ProjectTable());

        assertThat(findings).extracting(Finding::location)
                .containsExactly("tables.05.rows[rowType=total].项目支出_小计");
    }

    // ---- V24

    @Test
    void v24_accepts_current_general_budget_income_equal_to_projects_plus_basic() {
        assertThat(doc().check(new V24CurrentGeneralBudget())).isEmpty();
    }

    @Test
    void v24_reports_current_general_budget_income_that_projects_plus_basic_do_not_explain() {
        List<Finding> findings = doc().set("tables.11.rows[rowType=total].本年拨款_一般公共预算", "41.00")
                .check(new V24CurrentGeneralBudget());

        assertThat(findings).containsExactly(Finding.error("V24", "tables.01.income[item=一、一般公共预算].amount",
                "表01 一、一般公共预算 100.00 ≠ 表11 本年拨款 一般公共预算 41.00 + 表05 基本支出 60.00 = 101.00（相差 1.00）"));
    }

    // ---- V25

    @Test
    void v25_accepts_performance_tables_that_agree_with_the_budget_tables() {
        assertThat(doc().check(new V25PerformanceTables())).isEmpty();
    }

    @Test
    void v25_reports_a_budget_total_and_a_project_target_total_that_differ_from_their_sources() {
        List<Finding> findings = doc().set("tables.12.预算情况.部门预算总额", "171.00")
                .set("tables.13.total.资金总额", "111.00")
                .check(new V25PerformanceTables());

        assertThat(findings).extracting(Finding::location)
                .containsExactly("tables.12.预算情况.部门预算总额", "tables.13.total.资金总额");
    }

    // ---- V26

    @Test
    void v26_accepts_the_same_projects_in_tables_11_and_13() {
        assertThat(doc().check(new V26ProjectSets())).isEmpty();
    }

    @Test
    void v26_reports_a_project_renamed_in_table_13_and_a_narrative_count_that_differs() {
        List<Finding> findings = doc()
                .set("tables.13.projects[projectCode=410300240000000000002].projectName", "设施维修项目")
                .set("narrative.绩效目标.项目个数", "5")
                .check(new V26ProjectSets());

        assertThat(findings).extracting(Finding::message).containsExactly(
                "表11 项目“设施维护项目”（30.00）不在表13 中",
                "表13 项目“设施维修项目”（30.00）不在表11 中",
                "情况说明 绩效目标项目个数 5 ≠ 表13 项目数 4");
    }

    @Test
    void v26_reports_a_project_amount_that_differs_between_tables_11_and_13() {
        List<Finding> findings = doc().set("tables.13.projects[projectCode=410300240000000000002].资金总额", "31.00")
                .check(new V26ProjectSets());

        assertThat(findings).extracting(Finding::location)
                .containsExactly("tables.13.projects[projectCode=410300240000000000002].资金总额");
    }

    @Test
    void v26_warns_about_a_project_whose_unit_differs_between_tables_11_and_13() {
        List<Finding> findings = doc().set("tables.11.rows[项目名称=设施维护项目].项目单位", "另一单位")
                .check(new V26ProjectSets());

        assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    // ---- V27

    @Test
    void v27_is_skipped_by_the_audit_because_it_needs_the_budget() {
        V27ProjectEconomicTypes rule = new V27ProjectEconomicTypes();

        assertThat(rule.title()).contains("需要预算数据");
        assertThat(doc().set("tables.07.rows[deptEconCode=30213][govEconCode=50209].govEconCode", "50502")
                .check(rule)).isEmpty();
    }
}
