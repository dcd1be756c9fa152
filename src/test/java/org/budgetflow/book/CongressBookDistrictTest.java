package org.budgetflow.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.district.BookProject;
import org.budgetflow.district.BookRule;
import org.budgetflow.district.BundledDistrict;
import org.budgetflow.district.DemoDistrict;
import org.budgetflow.district.DistrictGenerator;
import org.budgetflow.testing.DistrictBooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the congress book (issue 6, item 2): the book generated from the bundled demo district (54
 * budgets) lists every department of the source book ({@code departments.json}) with the same 预算情况 and the same
 * overall indicator values in order, and every project the district attributes to a department
 * ({@code projects.json}) with its amount and indicators. The source book is read here with plain Jackson, not with
 * the district's reader.
 * <p>
 * A blank figure of the source (null: 财政专户管理资金 and 单位资金 in every table) is "0.00" in book.json, which always
 * writes all six figures. The project rows no department owns are accounted for explicitly: the district reports
 * them as book findings (D1: the six rows after 510001's last total; D3: the two rows of 806 财政专户), and they are in
 * no budget, hence in no book. A project indicator the source prints without a name or value (null) has "" there, as
 * budget-v1 keeps it.
 */
class CongressBookDistrictTest {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static JsonNode sourceDepartments;
    private static JsonNode sourceProjects;
    private static CongressBook book;
    private static byte[] json;
    private static Map<String, JsonNode> bookDepartments;
    private static DemoDistrict district;

    @BeforeAll
    static void generateTheBook() throws IOException {
        sourceDepartments = MAPPER.readTree(DistrictBooks.realBookDir().resolve("departments.json").toFile());
        sourceProjects = MAPPER.readTree(DistrictBooks.realBookDir().resolve("projects.json").toFile());
        book = CongressBookBuilder.standard().build(2024, BundledDistrict.budgets());
        json = new BookJsonWriter().write(book);
        bookDepartments = new LinkedHashMap<>();
        MAPPER.readTree(json).get("departments").forEach(d -> bookDepartments.put(d.get("code").asText(), d));
        district = DistrictGenerator.standard().generate(DistrictBooks.realBook());
    }

    @Test
    void lists_every_department_of_the_source_book_with_the_same_budget_figures() {
        Map<String, String> codes = codeByName();
        assertThat(sourceDepartments).hasSize(53);
        for (JsonNode table : sourceDepartments) {
            String code = codes.get(table.get("name").asText());
            JsonNode d = bookDepartments.get(code);
            assertThat(d).as("department %s %s", code, table.get("name").asText()).isNotNull();
            assertThat(d.get("name").asText()).isEqualTo(table.get("name").asText());
            JsonNode figures = d.get("预算情况");
            assertThat(figures.get("部门预算总额").asText()).as("total of %s", code).isEqualTo(yuan(table, "totalBudgetYuan"));
            assertThat(figures.get("政府预算资金").asText()).as("government funds of %s", code)
                    .isEqualTo(yuan(table, "governmentFundsYuan"));
            assertThat(figures.get("财政专户管理资金").asText()).isEqualTo(yuan(table, "specialAccountYuan"));
            assertThat(figures.get("单位资金").asText()).isEqualTo(yuan(table, "unitFundsYuan"));
            assertThat(figures.get("基本支出").asText()).as("basic of %s", code).isEqualTo(yuan(table, "basicYuan"));
            assertThat(figures.get("项目支出").asText()).as("project of %s", code).isEqualTo(yuan(table, "projectYuan"));
        }
    }

    @Test
    void lists_the_same_overall_indicator_values_in_the_same_order() {
        Map<String, String> codes = codeByName();
        int compared = 0;
        for (JsonNode table : sourceDepartments) {
            JsonNode d = bookDepartments.get(codes.get(table.get("name").asText()));
            List<String> expected = new ArrayList<>();
            table.get("indicators").forEach(i -> expected.add(String.join("|", text(i, "level1"), text(i, "level2"),
                    text(i, "level3"), text(i, "value"))));
            List<String> actual = new ArrayList<>();
            d.get("indicators").forEach(i -> actual.add(String.join("|", text(i, "一级指标"), text(i, "二级指标"),
                    text(i, "三级指标"), text(i, "指标值"))));
            assertThat(actual).as("indicators of %s", d.get("code").asText()).isEqualTo(expected);
            compared += actual.size();
        }
        assertThat(compared).isEqualTo(1420);
    }

    @Test
    void lists_every_attributed_project_with_its_amount_and_indicators_in_book_order() {
        Set<Integer> outside = outsideIndexes();
        Map<String, List<JsonNode>> expected = new LinkedHashMap<>();
        for (int i = 0; i < sourceProjects.size(); i++) {
            if (!outside.contains(i)) {
                JsonNode p = sourceProjects.get(i);
                expected.computeIfAbsent(p.get("departmentCode").asText(), k -> new ArrayList<>()).add(p);
            }
        }
        int compared = 0;
        for (Map.Entry<String, List<JsonNode>> e : expected.entrySet()) {
            JsonNode projects = bookDepartments.get(e.getKey()).get("projects");
            assertThat(projects).as("projects of %s", e.getKey()).hasSize(e.getValue().size());
            for (int i = 0; i < projects.size(); i++) {
                JsonNode row = e.getValue().get(i);
                JsonNode p = projects.get(i);
                String what = e.getKey() + " " + row.get("projectCode").asText();
                assertThat(p.get("projectCode").asText()).as(what).isEqualTo(row.get("projectCode").asText());
                assertThat(p.get("projectName").asText()).as(what).isEqualTo(row.get("projectName").asText());
                assertThat(p.get("unitCode").asText()).as(what).isEqualTo(row.get("unitCode").asText());
                // the book sometimes prints the type cut short by a page break ("特", "其他运转")
                assertThat(p.get("项目类型").asText()).as(what).startsWith(row.get("projectType").asText());
                assertThat(p.get("资金总额").asText()).as(what).isEqualTo(yuan(row, "totalYuan"));
                assertThat(p.get("政府预算资金").asText()).as(what).isEqualTo(yuan(row, "governmentFundsYuan"));
                assertThat(indicators(p)).as(what).isEqualTo(indicators(row));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(book.summary().projects()).isEqualTo(1061);
        assertThat(bookDepartments.keySet()).containsAll(expected.keySet());
    }

    @Test
    void accounts_for_every_project_row_of_the_source_book_as_in_the_book_or_reported_by_the_district() {
        List<BookProject> unattributed = district.findings().unattributedProjects();
        List<BookProject> pseudo = district.findings().pseudoDepartmentProjects();

        assertThat(unattributed).hasSize(6).allMatch(p -> p.departmentCode().equals("510"));
        assertThat(district.findings().byRule(BookRule.D1)).extracting(f -> f.location())
                .containsExactlyElementsOf(unattributed.stream().map(p -> "projects.json[" + p.index() + "]").toList());
        assertThat(pseudo).hasSize(2).allMatch(p -> p.departmentCode().equals("806"));
        assertThat(district.findings().byRule(BookRule.D3)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("806"));
        assertThat(book.summary().projects() + unattributed.size() + pseudo.size()).isEqualTo(sourceProjects.size())
                .isEqualTo(1069);
        Set<String> inBook = new HashSet<>();
        bookDepartments.values().forEach(d -> d.get("projects").forEach(p -> inBook.add(p.get("projectCode").asText())));
        unattributed.forEach(p -> assertThat(inBook).as("unattributed %s", p.projectCode()).doesNotContain(p.projectCode()));
        assertThat(bookDepartments).doesNotContainKey("806");
    }

    @Test
    void lists_the_department_without_an_overall_table_with_its_projects_and_no_indicators() {
        JsonNode d = bookDepartments.get("601");

        assertThat(d.get("indicators")).isEmpty();
        assertThat(d.get("projects")).hasSize(40);
        assertThat(d.get("预算情况").get("基本支出").asText()).isEqualTo("0.00");
        assertThat(d.get("预算情况").get("项目支出").asText()).isEqualTo("6369400.00");
        assertThat(bookDepartments).hasSize(54);
    }

    @Test
    void sums_the_district_in_the_summary_and_lists_the_validators_findings_per_department() throws IOException {
        JsonNode summary = MAPPER.readTree(json).get("summary");
        BigDecimal sourceTotal = BigDecimal.ZERO;
        for (JsonNode table : sourceDepartments) {
            sourceTotal = sourceTotal.add(table.get("totalBudgetYuan").decimalValue());
        }

        assertThat(summary.get("departmentCount").asInt()).isEqualTo(54);
        assertThat(summary.get("projectCount").asInt()).isEqualTo(1061);
        assertThat(new BigDecimal(summary.get("预算情况").get("部门预算总额").asText()))
                .isEqualByComparingTo(sourceTotal.add(new BigDecimal("6369400")));
        assertThat(summary.get("errors").asInt()).isZero();
        long warnings = 0;
        for (JsonNode d : summary.get("departments")) {
            assertThat(d.get("findings")).hasSize(d.get("warnings").asInt() + d.get("errors").asInt());
            warnings += d.get("warnings").asInt();
        }
        assertThat(summary.get("warnings").asLong()).isEqualTo(warnings).isPositive();
        assertThat(allRules(summary)).contains("L1", "L4", "L5");
    }

    @Test
    void writes_the_same_json_when_the_book_is_generated_again() {
        CongressBook again = CongressBookBuilder.standard().build(2024, BundledDistrict.budgets());

        assertThat(new BookJsonWriter().write(again)).isEqualTo(json);
    }

    @Test
    void renders_the_whole_district_as_a_pdf_and_a_workbook() throws IOException {
        byte[] pdf = new BookPdfRenderer().render(book);
        byte[] xlsx = new BookXlsxRenderer().render(book);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2 * book.departments().size());
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(3);
        }
        long rows = book.departments().stream().flatMap(d -> d.projects().stream())
                .mapToLong(p -> Math.max(1, p.indicators().size())).sum();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet(BookXlsxRenderer.PROJECTS).getLastRowNum()).isEqualTo((int) rows);
            assertThat(wb.getSheet(BookXlsxRenderer.OVERALL).getLastRowNum()).isEqualTo(1420);
            assertThat(wb.getSheet(BookXlsxRenderer.FINDINGS).getLastRowNum())
                    .isEqualTo((int) (book.summary().errors() + book.summary().warnings()));
        }
    }

    private static Set<String> allRules(JsonNode summary) {
        Set<String> rules = new HashSet<>();
        summary.get("departments").forEach(d -> d.get("findings").forEach(f -> rules.add(f.get("rule").asText())));
        return rules;
    }

    private static Set<Integer> outsideIndexes() {
        Set<Integer> outside = new HashSet<>();
        district.findings().unattributedProjects().forEach(p -> outside.add(p.index()));
        district.findings().pseudoDepartmentProjects().forEach(p -> outside.add(p.index()));
        return outside;
    }

    /** Department code by the name the project table gives it (the overall tables print no code). */
    private static Map<String, String> codeByName() {
        Map<String, String> codes = new HashMap<>();
        sourceProjects.forEach(p -> codes.putIfAbsent(p.get("departmentName").asText(), p.get("departmentCode").asText()));
        return codes;
    }

    /** A source amount in 元 as book.json writes it; null (a blank cell) is "0.00". */
    private static String yuan(JsonNode node, String field) {
        JsonNode value = node.get(field);
        BigDecimal yuan = value == null || value.isNull() ? BigDecimal.ZERO : value.decimalValue();
        return yuan.setScale(2).toPlainString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "<null>" : value.asText();
    }

    /** category|name|value of each indicator; a blank cell of the source (null) is "" in a budget-v1 indicator. */
    private static List<String> indicators(JsonNode project) {
        List<String> list = new ArrayList<>();
        project.get("indicators").forEach(i -> list.add(String.join("|", text(i, "category"),
                i.path("name").asText(""), i.path("value").asText(""))));
        return list;
    }
}
