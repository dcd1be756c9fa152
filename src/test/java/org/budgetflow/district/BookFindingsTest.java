package org.budgetflow.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.testing.DistrictBooks;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The defects of the book itself (D1–D9): reported, never silently fixed. */
class BookFindingsTest {
    private static final String SERVICE_CENTRE = "洛阳市西工区机关事务服务中心";
    private static DemoDistrict real;

    @BeforeAll
    static void generateTheRealBook() {
        real = DistrictGenerator.standard().generate(DistrictBooks.realBook());
    }

    @Test
    void reports_the_six_projects_after_the_service_centre_that_no_department_owns() {
        BookFindings f = real.findings();
        assertThat(f.unattributedProjects()).hasSize(6)
                .extracting(BookProject::projectName)
                .containsExactly("税局经费", "2024到期债券还本", "OBD补贴资金", "西小屯东涧沟城市基础设施配套费",
                        "超低能耗建筑和装配式建筑奖补项目", "基本建设资金.1");
        assertThat(f.unattributedYuan()).isEqualByComparingTo("251515400");
        assertThat(f.byRule(BookRule.D1)).hasSize(6).allMatch(Finding::isError)
                .allMatch(x -> x.message().contains("510001 " + SERVICE_CENTRE) && x.message().contains("16,278,400 元"));
        assertThat(f.byRule(BookRule.D1).get(5).message()).contains("“基本建设资金.1”").contains("225,698,900 元（22569.89 万元）");
    }

    @Test
    void the_unowned_projects_are_in_no_budget_and_agree_with_an_independent_reading() {
        List<String> independent = BookJson.unowned().stream().map(p -> p.get("projectCode").asText()).toList();
        List<String> reported = new java.util.ArrayList<>();
        real.findings().unattributedProjects().forEach(p -> reported.add(p.projectCode()));
        real.findings().pseudoDepartmentProjects().forEach(p -> reported.add(p.projectCode()));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(independent);
        for (Budget b : real.budgets()) {
            assertThat(b.projects()).noneMatch(p -> reported.contains(p.code()));
        }
    }

    @Test
    void reports_the_department_with_projects_but_no_overall_table() {
        List<Finding> d2 = real.findings().byRule(BookRule.D2);
        assertThat(d2).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("601 洛阳市西工区农业农村局").contains("40 个项目")
                    .contains("6,369,400 元（636.94 万元）").contains("没有它的部门整体绩效目标表");
        });
    }

    @Test
    void reports_the_fund_account_as_a_pseudo_department_and_generates_nothing_for_it() {
        BookFindings f = real.findings();
        assertThat(f.byRule(BookRule.D3)).singleElement().extracting(Finding::message).asString()
                .contains("“财政专户”（806）").contains("2 个项目").contains("2,300,000 元（230.00 万元）");
        assertThat(f.pseudoDepartmentProjects()).hasSize(2);
        assertThat(f.pseudoDepartmentYuan()).isEqualByComparingTo("2300000");
        assertThat(real.budgets()).noneMatch(b -> b.department().code().equals("806"));
    }

    @Test
    void reports_the_school_whose_header_lacks_an_uncoded_row() {
        assertThat(real.findings().byRule(BookRule.D7)).singleElement().extracting(Finding::message).asString()
                .contains("290018 洛阳市西工区下沟小学").contains("1,131,000 元").contains("1,139,800 元")
                .contains("洛阳市下沟小学 8,800 元");
    }

    @Test
    void reports_every_uncertain_row_and_every_type_printed_in_part() {
        long uncertain = 0;
        for (JsonNode p : BookJson.PROJECTS) {
            uncertain += p.path("uncertain").asBoolean(false) ? 1 : 0;
        }
        assertThat(real.findings().byRule(BookRule.D5)).hasSize((int) uncertain).hasSize(235);
        assertThat(real.findings().byRule(BookRule.D6)).hasSize(5)
                .anyMatch(x -> x.message().contains("印为“特”，按特定目标类生成"));
    }

    @Test
    void the_real_book_has_no_inexact_amount_no_unbalanced_table_and_no_unknown_department() {
        assertThat(real.findings().byRule(BookRule.D4)).isEmpty();
        assertThat(real.findings().byRule(BookRule.D8)).isEmpty();
        assertThat(real.findings().byRule(BookRule.D9)).isEmpty();
    }

    @Test
    void reports_an_amount_that_does_not_convert_to_two_decimals_and_keeps_it_unrounded() {
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 987_655, 12_345)
                .project("101", "甲局", "101001", "甲局", "410303240000000000001", "项目", "其他运转类", 12_345));
        assertThat(d.findings().byRule(BookRule.D4)).hasSize(3).allMatch(Finding::isError)
                .anyMatch(x -> x.message().contains("甲局 基本支出 987,655 元 换算为万元是 98.7655"))
                .filteredOn(x -> x.message().contains("12,345 元 换算为万元是 1.2345")).hasSize(2);
        assertThat(d.budgets().get(0).projects()).hasSize(1);
        assertThat(d.budgets().get(0).lines()).filteredOn(l -> l.projectId() != null).singleElement()
                .extracting(l -> l.amount()).isEqualTo(new BigDecimal("1.2345"));
    }

    @Test
    void converts_a_whole_hundred_yuan_exactly_and_reports_nothing() {
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 7_000_000, 395_500)
                .project("101", "甲局", "101001", "甲局", "410303240000000000001", "项目", "其他运转类", 395_500));
        assertThat(d.findings().all()).isEmpty();
        assertThat(d.total()).isEqualTo(new BigDecimal("739.55"));
    }

    @Test
    void reports_an_overall_table_whose_split_does_not_add_up_or_whose_projects_differ() {
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 1_000_000, 1_000_000, 600_000, 300_000)
                .project("101", "甲局", "101001", "甲局", "410303240000000000001", "项目", "其他运转类", 200_000));
        assertThat(d.findings().byRule(BookRule.D8)).extracting(Finding::message)
                .anyMatch(m -> m.contains("基本支出 600,000 元 + 项目支出 300,000 元 = 900,000 元 ≠ 部门预算总额 1,000,000 元"))
                .anyMatch(m -> m.contains("1 个项目合计 200,000 元 ≠ 部门整体绩效目标表项目支出 300,000 元"));
    }

    @Test
    void reports_an_overall_table_that_matches_no_department_code_and_generates_nothing_for_it() {
        DemoDistrict d = generate(DistrictBooks.book().table("乙局", 100_000, 0)
                .table("甲局", 100_000, 10_000)
                .project("101", "甲局", "101001", "甲局", "410303240000000000001", "项目", "其他运转类", 10_000));
        assertThat(d.findings().byRule(BookRule.D9)).singleElement().extracting(Finding::message).asString()
                .contains("“乙局”");
        assertThat(d.budgets()).extracting(b -> b.department().code()).containsExactly("101");
    }

    @Test
    void does_not_take_rows_for_unowned_when_the_department_total_includes_them() {
        // the unit header is reached early, but the department header counts every row: an uncoded-row case (D7)
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 100_000, 30_000)
                .departmentHeader("101", "甲局", 30_000).unitHeader("101001", "甲局", 20_000)
                .project("101", "甲局", "101001", "甲局", "410303240000000000001", "一", "其他运转类", 20_000)
                .project("101", "甲局", "101001", "甲局", "410303240000000000002", "二", "其他运转类", 10_000));
        assertThat(d.findings().unattributedProjects()).isEmpty();
        assertThat(d.findings().byRule(BookRule.D7)).singleElement();
        assertThat(d.budgets().get(0).projects()).hasSize(2);
    }

    @Test
    void takes_the_rows_beyond_every_total_of_the_book_for_unowned() {
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 100_000, 20_000)
                .departmentHeader("101", "甲局", 20_000).unitHeader("101001", "甲局", 20_000)
                .project("101", "甲局", "101001", "甲局", "410303240000000000001", "一", "其他运转类", 20_000)
                .project("101", "甲局", "101001", "甲局", "410303240000000000002", "二", "其他运转类", 10_000));
        assertThat(d.findings().unattributedProjects()).extracting(BookProject::projectName).containsExactly("二");
        assertThat(d.findings().byRule(BookRule.D7)).isEmpty();
        assertThat(d.budgets().get(0).projects()).extracting(p -> p.name()).containsExactly("一");
    }

    @Test
    void gives_a_department_without_project_rows_one_unit_named_like_it() {
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 100_000, 0)
                .table("乙街道办事处", 50_000, 10_000)
                .project("102", "乙街道办事处", "102001", "乙街道办事处", "410303240000000000001", "项目", "特定目标类", 10_000)
                .departmentHeader("101", "甲局", 0));
        Budget first = d.budgets().get(0);
        assertThat(first.department().code()).isEqualTo("101");
        assertThat(first.units()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo("101001");
            assertThat(u.name()).isEqualTo("甲局");
            assertThat(u.kind()).isEqualTo(UnitKind.ADMINISTRATIVE);
        });
        assertThat(d.total()).isEqualTo(new BigDecimal("16.00"));
    }

    @Test
    void reports_a_blank_indicator_value_of_an_uncertain_row_and_keeps_it_blank() {
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 100_000, 10_000)
                .uncertainProject("101", "甲局", "101001", "410303240000000000001", "项目", 10_000, "indicator without value"));
        assertThat(d.findings().byRule(BookRule.D5)).singleElement().extracting(Finding::message).asString()
                .contains("indicator without value").contains("1 个指标标记为不确定").contains("1 个指标没有指标值");
        assertThat(d.budgets().get(0).projects().get(0).indicators().get(0).value()).isEmpty();
    }

    @Test
    void reports_a_fund_account_without_government_money_as_a_pseudo_department() {
        DemoDistrict d = generate(DistrictBooks.book().table("甲局", 100_000, 0).departmentHeader("101", "甲局", 0)
                .fundProject("806", "某某账户", "806605", "410303240000000000001", "乡村振兴", 2_000_000));
        assertThat(d.findings().byRule(BookRule.D3)).singleElement().extracting(Finding::message).asString()
                .contains("项目没有政府预算资金");
        assertThat(d.budgets()).extracting(b -> b.department().code()).containsExactly("101");
    }

    private static DemoDistrict generate(DistrictBooks book) {
        return DistrictGenerator.standard().generate(book.build());
    }
}
