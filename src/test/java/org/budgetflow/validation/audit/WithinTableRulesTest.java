package org.budgetflow.validation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

/** V01–V12: invariants inside one table. Each rule runs alone on the consistent fixture with one cell changed. */
class WithinTableRulesTest {

    private static AuditDisclosures doc() {
        return AuditDisclosures.consistent();
    }

    // ---- V01

    @Test
    void v01_accepts_income_rows_that_add_up() {
        assertThat(doc().check(new V01IncomeRowsAddUp())).isEmpty();
    }

    @Test
    void v01_reports_a_current_income_total_that_differs_from_its_rows() {
        List<Finding> findings = doc().set("tables.01.totals.本年收入合计", "101.00").check(new V01IncomeRowsAddUp());

        assertThat(findings).containsExactly(Finding.error("V01", "tables.01.totals.本年收入合计",
                "表01 本年收入合计 101.00 ≠ 收入各项（一至九）之和 100.00（相差 1.00）"));
    }

    @Test
    void v01_reports_a_fiscal_sub_row_larger_than_the_general_public_budget_row() {
        List<Finding> findings = doc().set("tables.01.income[item=其中：财政拨款].amount", "100.50")
                .check(new V01IncomeRowsAddUp());

        assertThat(findings).extracting(Finding::location)
                .containsExactly("tables.01.income[item=其中：财政拨款].amount");
    }

    // ---- V02

    @Test
    void v02_accepts_totals_that_balance() {
        assertThat(doc().check(new V02Table01Totals())).isEmpty();
    }

    @Test
    void v02_reports_an_income_grand_total_that_neither_adds_up_nor_balances() {
        List<Finding> findings = doc().set("tables.01.totals.收入总计", "171.00").check(new V02Table01Totals());

        assertThat(findings).extracting(Finding::location)
                .containsExactly("tables.01.totals.收入总计", "tables.01.totals");
        assertThat(findings.get(0).message())
                .isEqualTo("表01 收入总计 171.00 ≠ 本年收入合计 100.00 + 上年结转结余 70.00 = 170.00（相差 1.00）");
        assertThat(findings).allMatch(Finding::isError);
    }

    // ---- V03

    @Test
    void v03_accepts_class_rows_that_add_up_with_matching_ordinals() {
        assertThat(doc().check(new V03ClassRowsAddUp())).isEmpty();
    }

    @Test
    void v03_reports_class_rows_that_do_not_add_up_to_the_expenditure_total() {
        List<Finding> findings = doc().set("tables.01.expenditure[classCode=212].amount", "51.00")
                .check(new V03ClassRowsAddUp());

        assertThat(findings).containsExactly(Finding.error("V03", "tables.01.totals.本年支出合计",
                "表01 本年支出合计 170.00 ≠ 各功能类之和 171.00（相差 1.00）"));
    }

    @Test
    void v03_warns_about_a_class_label_whose_ordinal_does_not_match_its_code() {
        List<Finding> findings = doc().set("tables.01.expenditure[classCode=212].item", "十三、城乡社区事务")
                .check(new V03ClassRowsAddUp());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("tables.01.expenditure[classCode=212].item");
            assertThat(f.message()).contains("序号为 13", "212 对应序号 12");
        });
    }

    // ---- V04

    @Test
    void v04_accepts_income_table_rows_that_add_up() {
        assertThat(doc().check(new V04Table02Rows())).isEmpty();
    }

    @Test
    void v04_reports_a_unit_carry_over_that_breaks_its_row_and_the_department_row() {
        List<Finding> findings = doc().set("tables.02.rows[code=100001].上年结转结余_政府性基金", "49.00")
                .check(new V04Table02Rows());

        assertThat(findings).extracting(Finding::location).containsExactly(
                "tables.02.rows[code=100001].上年结转结余_合计",
                "tables.02.rows[code=100].上年结转结余_政府性基金");
        assertThat(findings.get(1).message())
                .isEqualTo("表02 部门 100 测试区示范办公室 上年结转结余_政府性基金 50.00 ≠ 单位行之和 49.00（相差 1.00）");
    }

    // ---- V05

    @Test
    void v05_accepts_expenditure_tables_that_add_up() {
        assertThat(doc().check(new V05ExpenditureTables())).isEmpty();
    }

    @Test
    void v05_accepts_a_one_cent_rounding_difference_in_a_sum_of_two_rounded_terms() {
        assertThat(doc().set("tables.03.rows[code=2010301].合计", "70.01").check(new V05ExpenditureTables()))
                .isEmpty();
    }

    @Test
    void v05_reports_a_two_cent_difference_in_a_sum_of_two_rounded_terms() {
        assertThat(doc().set("tables.03.rows[code=2010301].合计", "70.02").check(new V05ExpenditureTables()))
                .extracting(Finding::location)
                .containsExactly("tables.03.rows[code=2010301].合计", "tables.03.rows[code=100].合计");
    }

    @Test
    void v05_reports_a_function_row_whose_basic_parts_do_not_add_up() {
        List<Finding> findings = doc().set("tables.05.rows[code=2010301].基本支出_工资福利支出", "49.00")
                .check(new V05ExpenditureTables());

        assertThat(findings).extracting(Finding::location).containsExactly(
                "tables.05.rows[code=2010301].基本支出_小计",
                "tables.05.rows[code=100].基本支出_工资福利支出");
    }

    // ---- V06

    @Test
    void v06_accepts_a_balanced_financial_appropriation_table() {
        assertThat(doc().check(new V06Table04Balance())).isEmpty();
    }

    @Test
    void v06_reports_a_class_row_whose_sources_do_not_add_up_and_a_current_total_that_differs_from_the_classes() {
        List<Finding> findings = doc().set("tables.04.expenditure[classCode=212].一般公共预算_小计", "49.00")
                .set("tables.04.expenditure[classCode=212].一般公共预算_其中财政拨款", "49.00")
                .check(new V06Table04Balance());

        assertThat(findings).extracting(Finding::location).containsExactlyInAnyOrder(
                "tables.04.expenditure[item=一、本年支出].一般公共预算_小计",
                "tables.04.expenditure[item=一、本年支出].一般公共预算_其中财政拨款",
                "tables.04.expenditure[classCode=212].合计");
    }

    @Test
    void v06_reports_income_and_expenditure_totals_that_do_not_balance() {
        List<Finding> findings = doc().set("tables.04.totals.收入合计", "171.00").check(new V06Table04Balance());

        assertThat(findings).extracting(Finding::location)
                .containsExactly("tables.04.totals.收入合计", "tables.04.totals");
    }

    // ---- V07

    @Test
    void v07_accepts_a_basic_expenditure_table_with_correct_buckets() {
        assertThat(doc().check(new V07Table06Rows())).isEmpty();
    }

    @Test
    void v07_reports_a_goods_and_services_row_booked_as_personnel_costs() {
        List<Finding> findings = doc().set("tables.06.rows[deptEconCode=30201][govEconCode=50201].人员经费", "9.00")
                .set("tables.06.rows[deptEconCode=30201][govEconCode=50201].公用经费", null)
                .check(new V07Table06Rows());

        assertThat(findings).extracting(Finding::location).containsExactlyInAnyOrder(
                "tables.06.total.人员经费", "tables.06.total.公用经费",
                "tables.06.rows[deptEconCode=30201][govEconCode=50201].人员经费");
        assertThat(findings).filteredOn(f -> f.location().endsWith("[govEconCode=50201].人员经费"))
                .singleElement().extracting(Finding::message)
                .isEqualTo("表06 30201 办公费 属公用经费，但人员经费栏为 9.00");
    }

    @Test
    void v07_reports_a_duplicate_code_pair_and_a_row_without_code() {
        List<Finding> findings = doc()
                .append("tables.06.rows", "{\"deptEconCode\":\"30101\",\"govEconCode\":\"50101\",\"values\":{}}")
                .append("tables.06.rows", "{\"deptEconCode\":\"30199\",\"govEconCode\":null,\"values\":{}}")
                .check(new V07Table06Rows());

        assertThat(findings).extracting(Finding::message).containsExactly(
                "表06 科目组合 30101/50101 重复列示", "表06 30199 缺少政府预算支出经济分类科目编码");
    }

    // ---- V08

    @Test
    void v08_accepts_an_economic_summary_that_adds_up() {
        assertThat(doc().check(new V08Table07Rows())).isEmpty();
    }

    @Test
    void v08_reports_a_row_total_that_differs_from_its_sources() {
        List<Finding> findings = doc().set("tables.07.rows[deptEconCode=30905][govEconCode=50402].上年结转结余", "69.00")
                .check(new V08Table07Rows());

        assertThat(findings).extracting(Finding::location).containsExactly(
                "tables.07.rows[deptEconCode=30905][govEconCode=50402].总计",
                "tables.07.rows[code=100].上年结转结余");
        assertThat(findings.get(0).message())
                .isEqualTo("表07 30905 基础设施建设（50402 基础设施建设） 总计 70.00 ≠ 各资金来源之和 69.00（相差 1.00）");
    }

    // ---- V09

    @Test
    void v09_accepts_three_public_components_that_add_up() {
        assertThat(doc().check(new V09ThreePublicComponents())).isEmpty();
    }

    @Test
    void v09_reports_a_three_public_total_that_differs_from_its_components() {
        List<Finding> findings = doc().set("tables.08.values.公务用车运行费", "2.00")
                .check(new V09ThreePublicComponents());

        assertThat(findings).containsExactly(Finding.error("V09", "tables.08.values.公务用车购置及运行费_小计",
                "表08 公务用车购置及运行费 0.00 ≠ 购置费 0.00 + 运行费 2.00 = 2.00（相差 2.00）"));
    }

    // ---- V10

    @Test
    void v10_accepts_a_project_table_that_adds_up() {
        assertThat(doc().check(new V10Table11Rows())).isEmpty();
    }

    @Test
    void v10_reports_a_project_total_that_differs_from_its_sources_and_from_the_department_row() {
        List<Finding> findings = doc().set("tables.11.rows[项目名称=设施维护项目].合计", "31.00")
                .check(new V10Table11Rows());

        assertThat(findings).extracting(Finding::location).containsExactly(
                "tables.11.rows[项目名称=设施维护项目].合计", "tables.11.rows[code=100].合计");
    }

    // ---- V11

    @Test
    void v11_accepts_a_performance_budget_block_that_adds_up() {
        assertThat(doc().check(new V11Table12Budget())).isEmpty();
    }

    @Test
    void v11_reports_basic_plus_project_expenditure_that_differs_from_the_budget_total() {
        List<Finding> findings = doc().set("tables.12.预算情况.基本支出", "61.00").check(new V11Table12Budget());

        assertThat(findings).containsExactly(Finding.error("V11", "tables.12.预算情况",
                "表12 部门预算总额 170.00 ≠ 基本支出 61.00 + 项目支出 110.00 = 171.00（相差 1.00）"));
    }

    // ---- V12

    @Test
    void v12_accepts_project_target_amounts_that_add_up() {
        assertThat(doc().check(new V12Table13Amounts())).isEmpty();
    }

    @Test
    void v12_reports_a_project_whose_total_differs_from_its_sources_and_breaks_the_unit_row() {
        List<Finding> findings = doc().set("tables.13.projects[projectCode=410300240000000000002].资金总额", "31.00")
                .check(new V12Table13Amounts());

        assertThat(findings).extracting(Finding::location).containsExactly(
                "tables.13.projects[projectCode=410300240000000000002].资金总额",
                "tables.13.units[code=100001].资金总额");
    }
}
