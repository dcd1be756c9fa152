package org.budgetflow.disclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Department;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTable;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.Table;
import org.budgetflow.disclosure.render.NarrativeTextGenerator;
import org.budgetflow.disclosure.render.WorkedExample;
import org.budgetflow.testing.PrintBudgets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published page of the worked example and of synthetic budgets, read back with jsoup. */
class HtmlDisclosureRendererTest {
    private static final HtmlDisclosureRenderer RENDERER = new HtmlDisclosureRenderer();
    private static String html;
    private static Document page;

    @BeforeAll
    static void render() {
        WorkedExample example = WorkedExample.get();
        html = RENDERER.render(example.disclosure, example.narrative);
        page = Jsoup.parse(html);
    }

    private static String pageOf(Budget budget) {
        Disclosure disclosure = new DisclosureGenerator().generate(budget);
        return RENDERER.render(disclosure, new NarrativeTextGenerator().generate(budget, disclosure));
    }

    private static Element table(Document doc, String id) {
        return doc.selectFirst("section#table-" + id);
    }

    private static Element header(Element section, String label) {
        return section.select("thead th").stream().filter(th -> th.text().equals(label)).findFirst().orElseThrow();
    }

    /** The body row of a table whose cells include the given text. */
    private static Element row(Element section, String text) {
        return section.select("tbody tr").stream()
                .filter(tr -> tr.select("td").stream().anyMatch(td -> td.text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + text));
    }

    private static int columnIndex(String tableId, String columnId) {
        Grid grid = ((Table) WorkedExample.get().disclosure.tables().byId(tableId)).grid();
        List<String> ids = grid.columns().stream().map(Column::id).toList();
        assertThat(ids).contains(columnId);
        return ids.indexOf(columnId);
    }

    @Test
    void has_the_cover_the_contents_the_narrative_and_the_13_tables_with_their_numbers_and_titles() {
        assertThat(page.selectFirst(".cover .cover-department").text()).isEqualTo("洛阳市西工区社区治理和服务创新办公室");
        assertThat(page.selectFirst(".cover .cover-year").text()).isEqualTo("2023年");
        assertThat(page.selectFirst(".cover .cover-title").text()).isEqualTo("部门预算公开");
        assertThat(page.title()).isEqualTo("2023年洛阳市西工区社区治理和服务创新办公室部门预算公开");

        Elements tables = page.select("section.disclosure-table");
        assertThat(tables).hasSize(13);
        assertThat(tables.eachAttr("id")).containsExactly("table-01", "table-02", "table-03", "table-04", "table-05",
                "table-06", "table-07", "table-08", "table-09", "table-10", "table-11", "table-12", "table-13");
        for (DisclosureTable t : WorkedExample.get().disclosure.tables().all()) {
            Element section = table(page, t.id());
            assertThat(section.selectFirst(".table-number").text()).isEqualTo(t.number());
            assertThat(section.selectFirst("h2.table-title").text()).isEqualTo(t.title());
            assertThat(section.select("table.grid")).isNotEmpty();
        }
        assertThat(table(page, "08").selectFirst("h2").text()).isEqualTo("2023年一般公共预算“三公”经费预算表");

        assertThat(page.select("nav.toc a.toc-link").eachAttr("href")).contains("#part-1", "#part-2", "#part-3",
                "#tables", "#table-01", "#table-13");
    }

    @Test
    void merges_the_header_cells_of_table_03_as_its_header_tree_says() {
        Element t03 = table(page, "03");

        assertThat(t03.select("thead tr")).hasSize(3);
        assertThat(header(t03, "科目编码").attr("colspan")).isEqualTo("3");
        assertThat(header(t03, "基本支出").attr("colspan")).isEqualTo("5");
        assertThat(header(t03, "项目支出").attr("colspan")).isEqualTo("3");
        assertThat(header(t03, "人员经费").attr("colspan")).isEqualTo("2");
        assertThat(header(t03, "合计").attr("rowspan")).isEqualTo("3");
        assertThat(header(t03, "类").attr("rowspan")).isEqualTo("2");
        assertThat(header(t03, "工资福利支出").hasAttr("rowspan")).isFalse();
    }

    @Test
    void merges_the_header_cells_of_table_02_and_table_04() {
        Element t02 = table(page, "02");
        assertThat(header(t02, "本年收入").attr("colspan")).isEqualTo("11");
        assertThat(header(t02, "上年结转结余").attr("colspan")).isEqualTo("6");
        assertThat(header(t02, "总计").attr("rowspan")).isEqualTo("3");

        Element t04 = table(page, "04");
        assertThat(header(t04, "收入").attr("colspan")).isEqualTo("2");
        assertThat(header(t04, "支出").attr("colspan")).isEqualTo("6");
        // the income side's header is one level shallower: its leaf cells reach down to the last header row
        assertThat(header(t04, "金额").attr("rowspan")).isEqualTo("2");
        assertThat(t04.select("thead tr")).hasSize(3);
    }

    @Test
    void prints_known_figures_in_their_cells_right_aligned_with_two_decimals() {
        Element cell = row(table(page, "03"), "行政运行").select("td").get(columnIndex("03", "合计"));
        assertThat(cell.text()).isEqualTo("134.50");
        assertThat(cell.hasClass("num")).isTrue();

        Element basic = row(table(page, "05"), "合计").select("td").get(columnIndex("05", "基本支出_小计"));
        assertThat(basic.text()).isEqualTo("118.72");

        Element fund = row(table(page, "07"), "基础设施建设").select("td").get(columnIndex("07", "上年结转结余"));
        assertThat(fund.text()).isEqualTo("5102.00");

        assertThat(page.select("td.num").eachText()).allMatch(t -> t.isEmpty() || t.matches("-?\\d+\\.\\d{2}"));
    }

    @Test
    void aligns_the_closing_totals_of_table_01_side_by_side() {
        Elements rows = table(page, "01").select("tbody tr");
        List<String> last = rows.last().select("td").eachText();
        List<String> beforeLast = rows.get(rows.size() - 2).select("td").eachText();

        assertThat(last).containsExactly("收入总计", "5301.42", "支出总计", "5301.42");
        assertThat(beforeLast).containsExactly("上年结转结余", "5140.50", "年终结转结余", "0.00");
        assertThat(rows.first().select("td").stream().map(Element::text))
                .containsExactly("一、一般公共预算", "160.92", "一、一般公共服务", "");
    }

    @Test
    void prints_the_empty_table_remarks_and_the_note_of_table_08() {
        assertThat(table(page, "10").selectFirst(".table-remark").text())
                .isEqualTo("备注：洛阳市西工区社区治理和服务创新办公室 2023年无国有资本经营支出预算拨款安排的支出，故此表无数据。");
        assertThat(table(page, "08").selectFirst(".table-remark").text()).contains("无一般公共预算“三公”经费预算拨款安排的支出");
        assertThat(table(page, "08").selectFirst(".table-note").text()).startsWith("注：按照党中央、国务院有关规定");
        assertThat(table(page, "03").select(".table-remark")).isEmpty();
        // an empty table keeps its structure
        assertThat(table(page, "10").select("thead th")).isNotEmpty();
    }

    @Test
    void prints_table_12_with_merged_indicator_levels_and_table_13_with_one_row_span_per_project() {
        Element t12 = table(page, "12");
        assertThat(t12.selectFirst(".table-year").text()).isEqualTo("（2023年度）");
        Element level1 = t12.select("table.performance-indicators td").stream()
                .filter(td -> td.text().equals("投入管理指标")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(level1.attr("rowspan"))).isGreaterThan(1);
        assertThat(t12.select("table.performance-indicators thead th").eachText())
                .containsExactly("一级指标", "二级指标", "三级指标", "指标值", "指标值说明");

        Element t13 = table(page, "13");
        Element project = row(t13, "区政府购买服务");
        assertThat(project.selectFirst("td").text()).isEqualTo("410303220000000009157");
        assertThat(project.selectFirst("td").attr("rowspan")).isEqualTo("3");
        assertThat(t13.select("tbody.project")).hasSize(9);
    }

    @Test
    void prints_the_three_narrative_parts_with_their_sections() {
        assertThat(page.select("section.part").eachAttr("id")).containsExactly("part-1", "part-2", "part-3");
        assertThat(page.select("#part-2 > section.narrative-section > h3").eachText()).hasSize(10)
                .first().isEqualTo("一、收入支出预算总体情况说明");
        assertThat(page.select("#part-2 h4").eachText()).contains("（五）专项转移支付项目情况");
        assertThat(page.selectFirst("#part-2-5 p").text()).contains("占39.39%");
        assertThat(page.selectFirst("#part-1 .part-title").text()).isEqualTo("洛阳市西工区社区治理和服务创新办公室部门概况");
    }

    @Test
    void keeps_markup_in_a_department_name_as_inert_text() {
        Budget budget = PrintBudgets.twoUnits();
        Department d = budget.department();
        String evil = "<script>alert('x')</script>测试&局\"";
        String out = pageOf(PrintBudgets.withDepartment(budget,
                new Department(d.code(), evil, null, List.of("<img src=x onerror=alert(1)>"), null)));
        Document doc = Jsoup.parse(out);

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.selectFirst(".cover-department").text()).isEqualTo(evil);
        assertThat(doc.selectFirst("#part-1-1 p").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(out).doesNotContain("<script>").contains("&lt;script&gt;alert('x')&lt;/script&gt;测试&amp;局");
    }

    @Test
    void is_one_self_contained_well_formed_page_without_scripts_or_external_resources() throws Exception {
        assertThat(page.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(page.select("head style")).hasSize(1);
        assertThat(page.selectFirst("meta[name=viewport]")).isNotNull();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("html");
    }

    @Test
    void scrolls_tables_sideways_on_a_phone_and_starts_each_table_on_a_new_page_when_printed() {
        String css = page.selectFirst("head style").data();

        assertThat(css).contains(".table-scroll { overflow-x: auto;", "@media (max-width: 640px)", "@media print",
                ".disclosure-table { break-before: page; page-break-before: always;",
                ".disclosure-table.wide { page: wide; }", "@page wide { size: A4 landscape;");
        assertThat(page.select("section.disclosure-table")).allMatch(s -> s.select("> div.table-scroll > table").size() > 0);
        assertThat(page.select("section.disclosure-table table")).allMatch(t -> t.parent().hasClass("table-scroll"));
        assertThat(page.select("section.disclosure-table.wide").eachAttr("data-table"))
                .containsExactly("02", "03", "05", "07", "09", "10", "11", "13");
    }

    @Test
    void gives_the_same_page_for_the_same_disclosure() {
        WorkedExample example = WorkedExample.get();

        assertThat(RENDERER.render(example.disclosure, example.narrative)).isEqualTo(html);
    }

    @Test
    void prints_one_row_per_unit_for_a_department_with_two_units() {
        Document doc = Jsoup.parse(pageOf(PrintBudgets.twoUnits()));

        Element t02 = table(doc, "02");
        assertThat(row(t02, "510001").select("td").eachText()).startsWith("510001", "测试局机关", "100.00");
        assertThat(row(t02, "510002").select("td").eachText()).startsWith("510002", "测试局服务中心", "55.00");
        assertThat(row(table(doc, "13"), "510002").hasClass("row-unit")).isTrue();
        assertThat(doc.selectFirst("#part-1-2 p").text()).contains("测试局机关、测试局服务中心");
    }

    @Test
    void prints_the_government_fund_table_with_its_figures_and_the_empty_state_capital_table_with_its_remark() {
        Document doc = Jsoup.parse(pageOf(PrintBudgets.governmentFund()));

        Element t09 = table(doc, "09");
        assertThat(t09.select(".table-remark")).isEmpty();
        assertThat(row(t09, "合计").select("td").eachText()).contains("360.00");
        assertThat(table(doc, "10").selectFirst(".table-remark").text()).contains("无国有资本经营支出预算拨款安排的支出");
        assertThat(row(table(doc, "04"), "（二）政府性基金预算拨款").select("td").eachText()).contains("300.00");
    }
}
