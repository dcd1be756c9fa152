package org.budgetflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.testing.PublishedBudgets;
import org.budgetflow.workflow.PublishedDisclosures;
import org.budgetflow.workflow.PublishedDisclosures.PublishedFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The public portal over HTTP on its own H2 database: budgets published through the workflow's stores
 * ({@link PublishedBudgets}) — the worked example (2023-310), a department named with markup and a formula
 * (2023-990), one with 人大 in its name (2023-980), a draft that is not published (2023-311) and corrections.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        PortalTest.DATABASE, "budgetflow.demo.cycles=false"})
class PortalTest {
    static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:portal;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
    private static final JsonMapper JSON = new JsonMapper();
    private static final int YEAR = PublishedBudgets.YEAR;
    private static final String CONGRESS = "980";
    private static final String DRAFT = "311";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private PublishedDisclosures published;
    @Autowired
    private PublicPortal portal;

    private PublishedBudgets fixture;

    @BeforeEach
    void publish_the_fixture_once() {
        fixture = new PublishedBudgets(context);
        fixture.workedExample();
        fixture.hostileNames();
        if (published.find(YEAR, CONGRESS).isEmpty()) {
            fixture.publish(YEAR, CONGRESS, PublishedBudgets.small(YEAR, CONGRESS, "洛阳市西工区人大常委会办公室", "50.00"),
                    null);
        }
        if (published.find(YEAR, DRAFT).isEmpty() && !hasCycleDepartment(DRAFT)) {
            fixture.draft(YEAR, DRAFT, PublishedBudgets.small(YEAR, DRAFT, "西工区草稿局", "40.00"));
        }
    }

    @Test
    void the_index_lists_each_year_and_its_published_departments_with_date_version_and_link() {
        Document index = html("/public");
        Element row = index.selectFirst("#year-" + YEAR + " tr[data-department=310]");

        assertThat(index.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(index.selectFirst("meta[name=viewport]")).isNotNull();
        assertThat(row).isNotNull();
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/public/2023/310");
        assertThat(row.selectFirst("a").text()).contains("社区治理和服务创新办公室");
        assertThat(row.selectFirst("td.date").text())
                .isEqualTo(PublishedTimes.date(published.find(YEAR, "310").orElseThrow().current().publishedAt()))
                .matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(row.selectFirst("td.version").text()).isEqualTo("第 1 版");
        assertThat(row.select(".corrected")).isEmpty();
        assertThat(index.select("tr[data-department=" + DRAFT + "]")).isEmpty();
        assertThat(http.getForEntity("/public/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void lists_years_newest_first() {
        fixtureOfYear(2021, "314");
        List<Integer> years = html("/public").select("section.year").eachAttr("data-year").stream()
                .map(Integer::valueOf).toList();

        assertThat(years).contains(2021, YEAR).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void the_search_by_department_name_filters_on_the_server() {
        Document congress = html("/public?q=人大");
        Document community = html("/public?q=社区治理");

        assertThat(congress.select("tr.department").eachAttr("data-department")).containsExactly(CONGRESS);
        assertThat(congress.selectFirst("input#q").attr("value")).isEqualTo("人大");
        assertThat(congress.selectFirst(".search-result").text()).contains("名称含“人大”的部门：1 个");
        assertThat(community.select("tr.department").eachAttr("data-department")).containsExactly("310");
    }

    @Test
    void a_search_that_finds_nothing_says_so_and_shows_the_query_as_text() {
        Document page = html("/public?q=" + "<b>无此部门</b>");

        assertThat(page.select("tr.department")).isEmpty();
        assertThat(page.select("b")).isEmpty();
        assertThat(page.selectFirst(".empty").text()).contains("没有找到名称含“<b>无此部门</b>”的已公开部门预算");
    }

    @Test
    void the_open_data_catalogue_lists_each_budget_with_its_checksum_and_file_urls() throws IOException {
        JsonNode catalogue = JSON.readTree(get("/public/index.json").getBody());
        JsonNode entry = entry(catalogue, YEAR, "310");
        PublishedFile json = published.file(YEAR, "310", 1, "disclosure.json").orElseThrow();

        assertThat(catalogue.path("format").asText()).isEqualTo(OpenDataCatalogue.FORMAT);
        assertThat(entry.path("name").asText()).contains("社区治理和服务创新办公室");
        assertThat(entry.path("version").asInt()).isEqualTo(1);
        assertThat(entry.path("publishedAt").asText()).endsWith("+08:00");
        assertThat(entry.path("checksum").asText()).isEqualTo(json.sha256()).isEqualTo(Rendered.sha256(json.content()));
        assertThat(entry.path("page").asText()).isEqualTo("/public/2023/310");
        assertThat(entry.path("files").path("disclosure.pdf").asText()).isEqualTo("/public/2023/310/v1/disclosure.pdf");
        assertThat(entry.path("files").size()).isEqualTo(5);
        assertThat(entry.path("csv").size()).isEqualTo(13);
        assertThat(get(entry.path("csv").path("table-03.csv").asText()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(entry.path("files").path("disclosure.json").asText()).getBody()).isEqualTo(json.content());
        assertThat(catalogue.path("budgets").findValuesAsText("code")).doesNotContain(DRAFT);
    }

    @Test
    void the_department_page_shows_the_cover_the_narrative_and_the_13_tables() {
        Document page = html("/public/2023/310");
        PublishedDisclosures.PublishedVersion current = published.find(YEAR, "310").orElseThrow().current();
        Element cover = page.selectFirst("#cover");

        assertThat(cover.selectFirst(".cover-department").text()).isEqualTo("洛阳市西工区社区治理和服务创新办公室");
        assertThat(cover.text()).contains("2023年", "部门预算公开", PublishedTimes.dateTime(current.publishedAt()),
                "第 1 版", current.checksum());
        assertThat(page.select("#published section.part")).hasSize(3);
        assertThat(page.selectFirst("#part-2").text()).contains("5301.42");
        assertThat(page.select("#published section.disclosure-table")).hasSize(13);
        assertThat(page.select("#published section.disclosure-table"))
                .allMatch(table -> !table.select(".table-scroll > table").isEmpty());
        assertThat(page.selectFirst("#table-03").text()).contains("118.72", "5182.70");
        assertThat(page.select("main")).hasSize(1);
        assertThat(page.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void the_page_draws_five_charts_whose_bars_and_slices_match_the_disclosure() throws IOException {
        Document page = html("/public/2023/310");
        JsonNode disclosure = JSON.readTree(published.file(YEAR, "310", 1, "disclosure.json").orElseThrow().content());

        assertThat(page.select("figure.chart").eachAttr("id")).containsExactly("chart-income", "chart-function",
                "chart-basic-project", "chart-year-over-year", "chart-three-public");
        for (Element figure : page.select("figure.chart")) {
            Element svg = figure.selectFirst("svg");
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            assertThat(svg.selectFirst("desc").text()).isNotBlank();
            assertThat(figure.select("table.chart-data")).hasSize(1);
        }
        Map<String, String> income = new LinkedHashMap<>();
        for (JsonNode row : disclosure.at("/tables/01/income")) {
            if (!row.path("amount").isNull() && !row.path("item").asText().startsWith("其中")) {
                income.put(row.path("item").asText().replaceFirst("^[一二三四五六七八九十]+、", ""),
                        row.path("amount").asText());
            }
        }
        income.put("上年结转结余", disclosure.at("/tables/01/totals/上年结转结余").asText());
        assertThat(values(page, "chart-income", ".slice")).isEqualTo(income);
        Map<String, String> functions = new LinkedHashMap<>();
        for (JsonNode row : disclosure.at("/tables/01/expenditure")) {
            if (!row.path("amount").isNull()) {
                functions.put(row.path("classCode").asText(), row.path("amount").asText());
            }
        }
        Map<String, String> bars = new LinkedHashMap<>();
        values(page, "chart-function", ".bar").forEach((label, value) -> bars.put(label.substring(0, 3), value));
        assertThat(bars).isEqualTo(functions).containsEntry("229", "5000.00");
        assertThat(values(page, "chart-basic-project", ".slice")).containsExactly(
                Map.entry("基本支出", disclosure.at("/narrative/支出/基本支出").asText()),
                Map.entry("项目支出", disclosure.at("/narrative/支出/项目支出").asText()));
        assertThat(page.select("#chart-basic-project .chart-data td").eachText()).contains("2.24%", "97.76%");
        assertThat(seriesValues(page, "chart-year-over-year")).containsExactly(
                "收支总计 上年 16122.60", "收支总计 本年 5301.42", "一般公共预算 上年 207.60", "一般公共预算 本年 301.42",
                "政府性基金 上年 16000.00", "政府性基金 本年 5000.00");
        assertThat(values(page, "chart-three-public", ".bar").values()).containsOnly("0.00");
        assertThat(page.selectFirst("#chart-three-public .chart-note").text())
                .isEqualTo(disclosure.at("/tables/08/remark").asText());
    }

    @Test
    void the_three_public_chart_shows_each_component_of_table_08() throws IOException {
        Document page = html("/public/2023/" + PublishedBudgets.HOSTILE);
        JsonNode values = JSON.readTree(published.file(YEAR, PublishedBudgets.HOSTILE, 1, "disclosure.json")
                .orElseThrow().content()).at("/tables/08/values");
        Map<String, String> bars = values(page, "chart-three-public", ".bar");

        assertThat(bars).containsEntry("因公出国（境）费", values.path("因公出国（境）费").asText())
                .containsEntry("公务接待费", values.path("公务接待费").asText())
                .containsEntry("因公出国（境）费", "2.00").containsEntry("公务接待费", "3.00")
                .containsEntry("公务用车购置费", "0.00");
        assertThat(page.select("#chart-three-public rect.bar").eachAttr("width"))
                .anyMatch(w -> new BigDecimal(w).signum() > 0);
    }

    @Test
    void every_download_is_the_stored_file_with_its_content_type_and_an_attachment_name() {
        Map<String, String> types = Map.of("disclosure.pdf", "application/pdf", "disclosure.json", "application/json",
                "disclosure.html", "text/html;charset=UTF-8",
                "disclosure.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "csv.zip", "application/zip");
        for (String file : Downloads.FILES) {
            byte[] stored = published.file(YEAR, "310", 1, file).orElseThrow().content();
            for (String url : List.of("/public/2023/310/" + file, "/public/2023/310/v1/" + file)) {
                ResponseEntity<byte[]> response = get(url);
                assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
                assertThat(response.getBody()).as(url).isEqualTo(stored);
                assertThat(response.getHeaders().getContentType().toString().replace(" ", ""))
                        .as(url).isEqualTo(types.get(file));
                assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).as(url)
                        .startsWith("attachment;").contains("2023-310-v1-" + file);
            }
        }
        assertThat(new String(get("/public/2023/310/disclosure.pdf").getBody(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void each_table_has_its_own_csv_download_equal_to_the_file_in_the_archive() throws IOException {
        Map<String, byte[]> archive = unzip(published.file(YEAR, "310", 1, "csv.zip").orElseThrow().content());
        Document page = html("/public/2023/310");

        assertThat(archive).hasSize(13);
        assertThat(page.select("a.csv").eachAttr("data-file")).containsExactlyElementsOf(archive.keySet());
        for (Map.Entry<String, byte[]> csv : archive.entrySet()) {
            for (String url : List.of("/public/2023/310/csv/" + csv.getKey(), "/public/2023/310/v1/csv/" + csv.getKey())) {
                ResponseEntity<byte[]> response = get(url);
                assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
                assertThat(response.getBody()).as(url).isEqualTo(csv.getValue());
                assertThat(response.getHeaders().getContentType().toString()).as(url).startsWith("text/csv");
                assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).as(url)
                        .startsWith("attachment;").contains(csv.getKey());
            }
        }
    }

    @Test
    void nothing_unpublished_or_unknown_is_reachable_and_a_chinese_page_says_so() {
        List<String> urls = List.of("/public/2023/" + DRAFT, "/public/2023/" + DRAFT + "/disclosure.pdf",
                "/public/2023/" + DRAFT + "/v1", "/public/2023/" + DRAFT + "/v1/disclosure.json",
                "/public/2023/" + DRAFT + "/csv/table-01.csv", "/public/1999/310", "/public/2023/999",
                "/public/2023/310/v2", "/public/2023/310/v0", "/public/2023/310/v2/disclosure.pdf",
                "/public/2023/310/disclosure.exe", "/public/2023/310/v1/budget.json", "/public/2023/310/csv/table-99.csv",
                "/public/2023/310/v1/csv/table-01.txt", "/public/2023/310/csv.zip/x", "/public/abcd/310",
                "/public/20233/310", "/public/99999999999999999999/310", "/public/2023/310/vx/disclosure.pdf",
                "/public/2023/310/v99999999999999999999", "/public/2023/a.b.c", "/public/2023/310/x/y/z",
                "/public/whatever");
        for (String url : urls) {
            ResponseEntity<String> response = http.getForEntity(url, String.class);
            assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getHeaders().getContentType().toString()).as(url).startsWith("text/html");
            assertThat(response.getBody()).as(url).contains("未找到该页面", "返回部门预算公开目录");
        }
    }

    @Test
    void a_correction_supersedes_the_earlier_version_which_stays_visible_with_its_reason() {
        int year = 2022;
        String code = "313";
        fixture.publish(year, code, PublishedBudgets.small(year, code, "西工区更正测试局", "50.00"), null);
        assertThat(html("/public").select("tr[data-department=" + code + "] .corrected")).isEmpty();
        assertThat(html("/public/2022/313").select("li.version.superseded")).isEmpty();

        String reason = "更正第 3 表人员经费金额";
        fixture.publish(year, code, PublishedBudgets.small(year, code, "西工区更正测试局", "60.00"), reason);
        Document index = html("/public");
        Document page = html("/public/2022/313");
        Document first = html("/public/2022/313/v1");

        assertThat(index.selectFirst("tr[data-department=" + code + "] .corrected").text()).isEqualTo("已更正");
        assertThat(index.selectFirst("tr[data-department=" + code + "] td.version").text()).isEqualTo("第 2 版");
        assertThat(page.selectFirst("#cover .version").text()).isEqualTo("第 2 版");
        assertThat(page.selectFirst(".correction-notice").text()).contains(reason);
        Element superseded = page.selectFirst("li.version.superseded[data-version=1]");
        assertThat(superseded.text()).contains("已被第 2 版更正取代", reason);
        assertThat(superseded.select("a[download]").eachAttr("href")).contains("/public/2022/313/v1/disclosure.pdf",
                "/public/2022/313/v1/disclosure.xlsx", "/public/2022/313/v1/disclosure.json");
        assertThat(first.selectFirst("#cover .version").text()).isEqualTo("第 1 版");
        assertThat(first.selectFirst(".superseded-notice").text()).contains("此版本已被第 2 版更正取代", reason);
        assertThat(get("/public/2022/313/v1/disclosure.json").getBody())
                .isEqualTo(published.file(year, code, 1, "disclosure.json").orElseThrow().content())
                .isNotEqualTo(get("/public/2022/313/disclosure.json").getBody());
        assertThat(first.selectFirst("#cover .checksum").text())
                .isEqualTo(published.find(year, code).orElseThrow().versions().get(1).checksum());
    }

    @Test
    void pages_files_and_the_catalogue_carry_an_etag_and_answer_304_when_unchanged() {
        for (String url : List.of("/public", "/public/index.json", "/public/2023/310", "/public/2023/310/v1",
                "/public/2023/310/disclosure.pdf", "/public/2023/310/csv/table-01.csv")) {
            ResponseEntity<byte[]> first = get(url);
            String etag = first.getHeaders().getETag();
            assertThat(etag).as(url).matches("\"[0-9a-f]{64}\"");
            assertThat(first.getHeaders().getCacheControl()).as(url).isEqualTo("public, max-age=300");

            ResponseEntity<byte[]> again = get(url, etag);
            assertThat(again.getStatusCode()).as(url).isEqualTo(HttpStatus.NOT_MODIFIED);
            assertThat(again.getBody()).as(url).isNull();
            assertThat(again.getHeaders().getETag()).as(url).isEqualTo(etag);
            assertThat(get(url, "\"other\"").getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        }
        assertThat(get("/public/2023/310/disclosure.pdf").getHeaders().getETag())
                .isEqualTo("\"" + published.file(YEAR, "310", 1, "disclosure.pdf").orElseThrow().sha256() + "\"");
    }

    @Test
    void a_rendered_page_is_kept_and_served_again_byte_for_byte() {
        byte[] first = get("/public/2023/980").getBody();
        int cached = portal.cachedPages();
        byte[] second = get("/public/2023/980").getBody();

        assertThat(cached).isPositive();
        assertThat(portal.cachedPages()).isEqualTo(cached);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void markup_and_formulas_in_names_stay_text_on_the_portal_pages() {
        Document page = html("/public/2023/" + PublishedBudgets.HOSTILE);
        Document index = html("/public");
        String raw = new String(get("/public/2023/" + PublishedBudgets.HOSTILE).getBody(), StandardCharsets.UTF_8);

        assertThat(page.select("script")).isEmpty();
        assertThat(index.select("script")).isEmpty();
        assertThat(raw).doesNotContain(PublishedBudgets.SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.selectFirst(".cover-department").text()).isEqualTo(PublishedBudgets.HOSTILE_NAME);
        assertThat(page.title()).contains(PublishedBudgets.HOSTILE_NAME);
        assertThat(page.selectFirst("#table-11").text()).contains(PublishedBudgets.SCRIPT + "项目",
                PublishedBudgets.FORMULA);
        assertThat(index.selectFirst("tr[data-department=990] a").text()).isEqualTo(PublishedBudgets.HOSTILE_NAME);
        assertThat(get("/public/2023/990").getHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'none'").doesNotContain("script-src");
    }

    @Test
    void markup_and_formulas_in_names_are_literal_text_in_the_published_pdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(get("/public/2023/990/disclosure.pdf").getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");

            assertThat(text).contains("<script>alert(1)</script>社区办", "=HYPERLINK(\"http://x\",\"y\")");
        }
    }

    @Test
    void a_formula_in_a_name_is_a_text_cell_in_the_published_workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                get("/public/2023/990/disclosure.xlsx").getBody()))) {
            List<Cell> formulas = new ArrayList<>();
            List<Cell> named = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(cell);
                        } else if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().equals(PublishedBudgets.FORMULA)) {
                            named.add(cell);
                        }
                    }
                }
            }
            assertThat(formulas).isEmpty();
            assertThat(named).isNotEmpty().allMatch(c -> c.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void a_formula_in_a_name_is_neutralised_in_the_published_csv() {
        String projects = new String(get("/public/2023/990/csv/table-11.csv").getBody(), StandardCharsets.UTF_8);

        assertThat(projects).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .doesNotContain(",\"=HYPERLINK", ",=HYPERLINK");
        assertThat(projects).contains(PublishedBudgets.SCRIPT + "项目");
    }

    // --- helpers

    private boolean hasCycleDepartment(String code) {
        return context.getBean(org.budgetflow.workflow.store.CycleStore.class).department(YEAR, code).isPresent();
    }

    private void fixtureOfYear(int year, String code) {
        if (published.find(year, code).isEmpty()) {
            fixture.publish(year, code, PublishedBudgets.small(year, code, "西工区往年测试局", "30.00"), null);
        }
    }

    private Document html(String url) {
        ResponseEntity<String> response = http.exchange(url, HttpMethod.GET, null, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).as(url).startsWith("text/html");
        return Jsoup.parse(response.getBody());
    }

    private ResponseEntity<byte[]> get(String url) {
        return http.exchange(url, HttpMethod.GET, null, byte[].class);
    }

    private ResponseEntity<byte[]> get(String url, String ifNoneMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfNoneMatch(ifNoneMatch);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private static JsonNode entry(JsonNode catalogue, int year, String code) {
        for (JsonNode entry : catalogue.path("budgets")) {
            if (entry.path("year").asInt() == year && entry.path("code").asText().equals(code)) {
                return entry;
            }
        }
        throw new AssertionError("No catalogue entry " + year + "-" + code);
    }

    /** data-label → data-value of a chart's bars or slices. */
    private static Map<String, String> values(Document page, String chart, String selector) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element e : page.select("#" + chart + " " + selector)) {
            values.put(e.attr("data-label"), e.attr("data-value"));
        }
        return values;
    }

    private static List<String> seriesValues(Document page, String chart) {
        return page.select("#" + chart + " .bar").stream()
                .map(e -> e.attr("data-label") + " " + e.attr("data-series") + " " + e.attr("data-value")).toList();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName().substring(e.getName().lastIndexOf('/') + 1), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
