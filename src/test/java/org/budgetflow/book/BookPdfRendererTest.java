package org.budgetflow.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BookPdfRendererTest {
    private static final BookPdfRenderer RENDERER = new BookPdfRenderer();
    private static byte[] bytes;
    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        bytes = RENDERER.render(SampleBooks.book());
        pdf = Loader.loadPDF(bytes);
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void prints_the_cover_the_summary_and_both_parts_with_their_titles() {
        assertThat(text.replace(" ", "")).contains("2024年\n区级部门预算绩效目标表"); // the cover title is letter-spaced
        assertThat(text).contains("提交区人民代表大会审查", "汇总",
                "第一部分", "部门（单位）整体绩效目标表", "第二部分", "项目支出绩效目标表", "审查提示");
        assertThat(text.indexOf("第一部分")).isLessThan(text.indexOf("第二部分"));
    }

    @Test
    void prints_the_departments_their_amounts_in_yuan_and_their_indicators() {
        assertThat(text).contains("洛阳市西工区人民代表大会常务委员会办公室", "7,395,500.00", "5,537,100.00",
                "预算执行率", "≥99%", "办公经费-公务用车维护费", "运行维护费", "≤2.4 万", "101001", "成本指标", "满意度指标");
    }

    @Test
    void lists_the_findings_per_department_for_the_reviewer() {
        assertThat(text).contains("错误 1 项，警告 1 项", "高于项目资金总额 38.50万元", "L4", "B1");
    }

    @Test
    void prints_markup_in_a_name_as_inert_text() {
        assertThat(text).contains("<script>alert('x')</script>项目&经费");
        String xhtml = BookXhtml.loadDefault().render(SampleBooks.book());
        assertThat(xhtml).contains("&lt;script&gt;alert('x')&lt;/script&gt;项目&amp;经费").doesNotContain("<script>");
    }

    @Test
    void embeds_noto_sans_sc_on_every_page_and_is_a4() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(fonts).isNotEmpty().allMatch(n -> n.contains("NotoSansSC"));
    }

    @Test
    void has_an_outline_with_both_parts_and_every_department() {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            item.children().forEach(child -> titles.add(child.getTitle()));
        }
        assertThat(titles).containsExactly("汇总", "第一部分 部门整体绩效目标表",
                "101 洛阳市西工区人民代表大会常务委员会办公室", "109 " + SampleBooks.FORMULA_NAME,
                "第二部分 项目支出绩效目标表", "101 洛阳市西工区人民代表大会常务委员会办公室", "109 " + SampleBooks.FORMULA_NAME);
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("2024年区级部门预算绩效目标表");
    }

    @Test
    void gives_the_same_bytes_for_the_same_book() {
        assertThat(RENDERER.render(SampleBooks.book())).isEqualTo(bytes);
    }
}
