package org.budgetflow.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.ClassificationYear;
import org.budgetflow.testing.DistrictBooks;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.StandardRules;
import org.budgetflow.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo district generated from the real 2024 book: every budget validates, and its derived figures equal the book
 * read independently (plain Jackson, {@link BookJson}) for every department and every project.
 */
class DemoDistrictTest {
    private static DemoDistrict district;
    private static Map<String, Budget> byCode;
    private static Map<String, ValidationReport> reports;

    @BeforeAll
    static void generateAndValidate() {
        district = DistrictGenerator.standard().generate(DistrictBooks.realBook());
        byCode = new LinkedHashMap<>();
        reports = new LinkedHashMap<>();
        var validator = StandardRules.validator();
        for (Budget b : district.budgets()) {
            byCode.put(b.department().code(), b);
            reports.put(b.department().code(), validator.validate(b));
        }
    }

    @Test
    void generates_a_budget_for_every_overall_table_and_for_the_department_that_has_projects_only() {
        Map<String, JsonNode> tables = BookJson.tablesByCode();
        assertThat(tables).hasSize(53).doesNotContainKey(null);
        assertThat(byCode.keySet()).containsAll(tables.keySet()).contains("601").doesNotContain("806").hasSize(54);
        assertThat(byCode.get("601").departmentPerformance().indicators()).isEmpty();
        assertThat(district.withOverallTable()).isEqualTo(53);
    }

    @Test
    void every_department_budget_validates_without_an_error_of_the_b_and_c_families() {
        reports.forEach((code, report) -> assertThat(report.findings())
                .as("department %s", code)
                .filteredOn(f -> f.isError() && (f.rule().startsWith("B") || f.rule().startsWith("C")))
                .isEmpty());
    }

    @Test
    void every_department_budget_validates_without_any_error_at_all() {
        reports.forEach((code, report) -> assertThat(report.hasErrors()).as("department %s", code).isFalse());
    }

    @Test
    void every_generated_document_is_valid_budget_v1_and_reads_back_equal() {
        DistrictWriter writer = new DistrictWriter();
        BudgetJsonReader reader = new BudgetJsonReader();
        for (Budget b : district.budgets()) {
            String text = writer.toJson(b);
            Budget back = reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(writer.toJson(back)).as("department %s", b.department().code()).isEqualTo(text);
            assertThat(back).isEqualTo(b);
        }
    }

    @Test
    void derived_total_basic_and_project_expenditure_equal_the_book_for_every_department() {
        BookJson.tablesByCode().forEach((code, table) -> {
            Budget b = byCode.get(code);
            assertThat(sum(b, l -> true)).as("total of %s", code).isEqualTo(BookJson.wan(table.get("totalBudgetYuan")));
            assertThat(sum(b, l -> l.category().isBasic())).as("basic of %s", code)
                    .isEqualTo(BookJson.wan(table.get("basicYuan")));
            assertThat(sum(b, l -> l.category().isProject())).as("project of %s", code)
                    .isEqualTo(BookJson.wan(table.get("projectYuan")));
            assertThat(b.department().name()).isEqualTo(table.get("name").asText());
        });
    }

    @Test
    void the_department_without_an_overall_table_totals_its_projects_and_has_no_basic_expenditure() {
        BigDecimal projects = BookJson.ownedProjects().get("601").stream().map(p -> BookJson.wan(p.get("totalYuan")))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Budget b = byCode.get("601");
        assertThat(sum(b, l -> true)).isEqualTo(projects).isEqualTo(new BigDecimal("636.94"));
        assertThat(sum(b, l -> l.category().isBasic())).isEqualByComparingTo("0");
    }

    @Test
    void every_owned_project_keeps_its_code_name_unit_type_amount_and_indicators() {
        int checked = 0;
        for (Map.Entry<String, List<JsonNode>> e : BookJson.ownedProjects().entrySet()) {
            Budget b = byCode.get(e.getKey());
            List<JsonNode> rows = e.getValue();
            assertThat(b.projects()).as("projects of %s", e.getKey()).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                Project p = b.projects().get(i);
                assertThat(p.code()).isEqualTo(row.get("projectCode").asText());
                assertThat(p.name()).isEqualTo(row.get("projectName").asText());
                assertThat(p.unitCode()).isEqualTo(row.get("unitCode").asText());
                assertThat(p.type().label()).startsWith(row.get("projectType").asText());
                assertThat(projectAmount(b, p)).as("amount of %s", p.code()).isEqualTo(BookJson.wan(row.get("totalYuan")));
                assertThat(indicators(p)).isEqualTo(indicators(row));
                assertThat(b.units()).anyMatch(u -> u.code().equals(row.get("unitCode").asText())
                        && u.name().equals(row.get("unitName").asText()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(district.projectCount()).isEqualTo(1069 - 6 - 2);
    }

    @Test
    void the_overall_targets_are_copied_as_printed() {
        BookJson.tablesByCode().forEach((code, table) -> {
            var performance = byCode.get(code).departmentPerformance();
            assertThat(performance.annualGoal()).isEqualTo(table.get("annualGoal").asText());
            List<String> tasks = new ArrayList<>();
            table.get("tasks").forEach(t -> tasks.add(t.get("name").asText() + "|" + t.get("content").asText()));
            // a task printed without content has none (null), not an empty text
            assertThat(performance.tasks()).extracting(t -> t.name() + "|" + (t.content() == null ? "" : t.content()))
                    .isEqualTo(tasks);
            List<String> rows = new ArrayList<>();
            table.get("indicators").forEach(r -> rows.add(String.join("|", r.get("level1").asText(),
                    r.get("level2").asText(), r.get("level3").asText(), r.get("value").asText(),
                    r.path("explanation").asText("-"))));
            assertThat(performance.indicators()).extracting(DemoDistrictTest::row).isEqualTo(rows);
        });
    }

    @Test
    void every_budget_says_that_its_lines_are_synthetic_and_names_every_code_from_the_code_lists() {
        ClassificationYear codes = ClassificationCatalog.loadDefault().forYear(2024);
        SynthesisTables tables = SynthesisTables.loadDefault();
        for (Budget b : district.budgets()) {
            assertThat(b.department().composition()).contains("演示数据").contains("合成").contains("不是真实预算");
            for (Line l : b.lines()) {
                assertThat(l.functionName()).isEqualTo(codes.functionCodes().name(l.functionCode())
                        .orElseGet(() -> tables.functionName(l.functionCode()).orElseThrow()));
                assertThat(l.deptEconName()).isEqualTo(codes.deptEconomicCodes().name(l.deptEconCode()).orElseThrow());
                assertThat(l.govEconName()).isEqualTo(codes.govEconomicCodes().name(l.govEconCode()).orElseThrow());
                assertThat(l.amount().scale()).isEqualTo(2);
                assertThat(l.amount().signum()).isPositive();
            }
        }
    }

    @Test
    void splits_basic_expenditure_four_to_one_into_personnel_and_public_office() {
        Budget b = byCode.get("101");
        BigDecimal basic = sum(b, l -> l.category().isBasic());
        BigDecimal personnel = sum(b, l -> l.category() == org.budgetflow.budget.ExpenditureCategory.PERSONNEL);
        assertThat(personnel).isEqualByComparingTo(basic.multiply(new BigDecimal("0.8")).setScale(2,
                java.math.RoundingMode.HALF_UP));
    }

    @Test
    void finds_the_books_satisfaction_targets_written_with_an_upper_bound() {
        List<String> l1 = messages("L1");
        assertThat(l1).hasSize(5)
                .anyMatch(m -> m.contains("辖区居民满意度") && m.contains("≤99%"))
                .anyMatch(m -> m.contains("提高居民生活质量，增加幸福感") && m.contains("≤98%"))
                .anyMatch(m -> m.contains("老师、学生、家长满意度") && m.contains("≤95%"));
    }

    @Test
    void finds_the_books_cost_caps_above_the_project_amount() {
        assertThat(messages("L4")).hasSize(95)
                .anyMatch(m -> m.contains("“总成本”≤472 万元 高于项目资金总额 449.00万元"));
    }

    @Test
    void finds_the_books_years_other_than_2024_in_2024_targets() {
        assertThat(messages("L5")).hasSize(7)
                .anyMatch(m -> m.contains("2023 年"));
    }

    @Test
    void generates_the_same_bytes_twice() {
        DemoDistrict again = DistrictGenerator.standard().generate(DistrictBooks.realBook());
        BudgetJsonWriter writer = new BudgetJsonWriter();
        assertThat(again.budgets()).hasSameSizeAs(district.budgets());
        for (int i = 0; i < again.budgets().size(); i++) {
            assertThat(writer.toJson(again.budgets().get(i))).isEqualTo(writer.toJson(district.budgets().get(i)));
        }
        assertThat(again.findings().all()).isEqualTo(district.findings().all());
    }

    private static List<String> messages(String rule) {
        List<String> result = new ArrayList<>();
        reports.values().forEach(r -> r.byRule(rule).stream().map(Finding::message).forEach(result::add));
        return result;
    }

    private static String row(OverallIndicator i) {
        return String.join("|", i.level1(), i.level2(), i.level3(), i.value(),
                i.explanation() == null ? "-" : i.explanation());
    }

    private static List<String> indicators(Project p) {
        return p.indicators().stream().map((Indicator i) -> i.category().name() + "|" + i.name() + "|" + i.value())
                .toList();
    }

    private static List<String> indicators(JsonNode row) {
        List<String> result = new ArrayList<>();
        row.get("indicators").forEach(i -> result.add(i.get("category").asText() + "|" + i.get("name").asText()
                + "|" + i.path("value").asText("")));
        return result;
    }

    private static BigDecimal projectAmount(Budget b, Project p) {
        return sum(b, l -> p.id().equals(l.projectId()));
    }

    private static BigDecimal sum(Budget b, Predicate<Line> which) {
        return b.lines().stream().filter(which).map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
