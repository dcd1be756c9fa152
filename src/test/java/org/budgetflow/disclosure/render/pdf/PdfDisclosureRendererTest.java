package org.budgetflow.disclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.assertj.core.data.Offset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetflow.budget.Budget;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTable;
import org.budgetflow.disclosure.render.NarrativeTextGenerator;
import org.budgetflow.disclosure.render.WorkedExample;
import org.budgetflow.testing.PrintBudgets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed disclosure of the worked example and of synthetic budgets, read back with PDFBox. */
class PdfDisclosureRendererTest {
    private static final PdfDisclosureRenderer RENDERER = new PdfDisclosureRenderer();
    private static byte[] bytes;
    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        WorkedExample example = WorkedExample.get();
        bytes = RENDERER.render(example.disclosure, example.narrative);
        pdf = Loader.loadPDF(bytes);
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    static String textOf(PDDocument doc, int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(doc);
    }

    /** The page (1-based) each outline entry points to, by entry title. */
    static Map<String, Integer> outlinePages(PDDocument doc) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            out.put(item.getTitle(), doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
            for (PDOutlineItem child : item.children()) {
                out.put(child.getTitle(), doc.getPages().indexOf(child.findDestinationPage(doc)) + 1);
            }
        }
        return out;
    }

    private static String pdfTextOf(Budget budget) throws IOException {
        Disclosure disclosure = new DisclosureGenerator().generate(budget);
        byte[] out = RENDERER.render(disclosure, new NarrativeTextGenerator().generate(budget, disclosure));
        try (PDDocument doc = Loader.loadPDF(out)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void carries_the_13_table_numbers_and_titles_and_the_key_figures_as_extractable_text() {
        String compact = text.replaceAll("\\s+", "");
        for (DisclosureTable table : WorkedExample.get().disclosure.tables().all()) {
            assertThat(compact).contains(table.number() + table.title());
        }
        assertThat(text).contains("5301.42", "118.72", "39.39%", "10821.18", "67.12%", "5140.50", "4164.50");
        assertThat(compact).contains("第一部分", "第二部分", "第三部分", "名词解释", "部门预算公开",
                "备注：洛阳市西工区社区治理和服务创新办公室2023年无国有资本经营支出预算拨款安排的支出，故此表无数据。");
    }

    @Test
    void extracts_chinese_text_without_replacement_characters_or_missing_glyph_marks() {
        assertThat(text).doesNotContain("\uFFFD", "#");
        // PDFBox 3.0.7 extracts these as radical look-alikes (PDFBOX-6210); 3.0.8 is pinned
        assertThat(text).contains("部门收支预算表", "政府性基金");
    }

    @Test
    void prints_on_a4_with_the_wide_tables_on_landscape_pages() throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getMediaBox();
            float shorter = Math.min(box.getWidth(), box.getHeight());
            float longer = Math.max(box.getWidth(), box.getHeight());
            assertThat(shorter).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            assertThat(longer).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
        }
        Map<String, Integer> pages = outlinePages(pdf);
        List<String> landscape = new ArrayList<>();
        for (DisclosureTable table : WorkedExample.get().disclosure.tables().all()) {
            Integer page = pages.get(table.number() + " " + table.title());
            assertThat(page).as("outline entry of %s", table.number()).isNotNull().isPositive();
            assertThat(textOf(pdf, page).replaceAll("\\s+", "")).contains(table.number() + table.title());
            PDRectangle box = pdf.getPage(page - 1).getMediaBox();
            if (box.getWidth() > box.getHeight()) {
                landscape.add(table.id());
            }
        }
        assertThat(landscape).containsExactly("02", "03", "05", "07", "09", "10", "11", "13");
        assertThat(pdf.getPage(0).getMediaBox().getHeight()).isGreaterThan(pdf.getPage(0).getMediaBox().getWidth());
    }

    @Test
    void embeds_noto_sans_sc_as_the_only_font_on_every_page() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(n -> n.contains("NotoSansSC"), "is a subset of Noto Sans SC");
        assertThat(fonts).anyMatch(n -> n.contains("Bold"));
    }

    @Test
    void ships_the_fonts_licence_beside_the_fonts() throws IOException {
        try (var in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(EmbeddedFonts.LICENSE_RESOURCE)) {
            assertThat(in).as(EmbeddedFonts.LICENSE_RESOURCE).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("SIL Open Font License, Version 1.1");
        }
    }

    @Test
    void gives_the_same_bytes_for_the_same_disclosure() {
        WorkedExample example = WorkedExample.get();

        assertThat(RENDERER.render(example.disclosure, example.narrative)).isEqualTo(bytes);
    }

    @Test
    void dates_the_document_on_the_first_of_january_of_the_budget_year_and_identifies_it_by_its_content() {
        var info = pdf.getDocumentInformation();
        Calendar created = info.getCreationDate();
        created.setTimeZone(TimeZone.getTimeZone("UTC"));

        assertThat(created.get(Calendar.YEAR)).isEqualTo(2023);
        assertThat(created.get(Calendar.DAY_OF_YEAR)).isEqualTo(1);
        assertThat(created.get(Calendar.HOUR_OF_DAY)).isZero();
        assertThat(info.getModificationDate().getTimeInMillis()).isEqualTo(created.getTimeInMillis());
        assertThat(info.getTitle()).isEqualTo("2023年洛阳市西工区社区治理和服务创新办公室部门预算公开");
        assertThat(info.getProducer()).isEqualTo("BudgetFlow");
        COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
        assertThat(id).isNotNull();
        assertThat(id.size()).isEqualTo(2);
    }

    @Test
    void numbers_the_pages_but_not_the_cover_and_lists_them_in_the_contents() throws IOException {
        assertThat(textOf(pdf, 1)).doesNotContain("—");
        assertThat(textOf(pdf, 2)).contains("— 2 —");
        int last = pdf.getNumberOfPages();
        assertThat(textOf(pdf, last)).contains("— " + last + " —");

        Map<String, Integer> pages = outlinePages(pdf);
        String contents = textOf(pdf, 2);
        assertThat(pages.get("预算03表 2023年部门支出预算表")).isNotNull();
        assertThat(contents).containsPattern("预算03表 2023年部门支出预算表\\s*" + pages.get("预算03表 2023年部门支出预算表"));
    }

    @Test
    void has_an_outline_of_the_three_parts_and_the_13_tables() {
        var outline = pdf.getDocumentCatalog().getDocumentOutline();
        List<String> top = new ArrayList<>();
        outline.children().forEach(i -> top.add(i.getTitle()));
        PDOutlineItem tables = outline.getLastChild();
        List<String> children = new ArrayList<>();
        tables.children().forEach(i -> children.add(i.getTitle()));

        assertThat(top).hasSize(4).first().asString().startsWith("第一部分");
        assertThat(children).hasSize(13).first().isEqualTo("预算01表 2023年部门收支预算表");
    }

    @Test
    void prints_each_unit_of_a_department_with_two_units() throws IOException {
        String out = pdfTextOf(PrintBudgets.twoUnits());

        assertThat(out).contains("510001", "测试局机关", "510002", "测试局服务中心", "55.00", "155.00");
        assertThat(out.replaceAll("\\s+", "")).contains("测试局部门预算由2个预算单位的预算组成");
    }

    @Test
    void prints_the_government_fund_figures_and_the_remark_of_the_empty_state_capital_table() throws IOException {
        String out = pdfTextOf(PrintBudgets.governmentFund()).replaceAll("\\s+", "");

        assertThat(out).contains("2024年政府性基金支出预算表", "360.00", "政府性基金收支预算360.00万元（含上年结转）",
                "备注：测试局2024年无国有资本经营支出预算拨款安排的支出，故此表无数据。");
    }
}
