package org.budgetflow.disclosure.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.budgetflow.disclosure.render.WorkedExample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Looks at the printed disclosure as a person would: renders pages of the worked example to PNG at 100 dpi with
 * PDFBox (headless; it draws the embedded font program, so no font of the host is involved) into
 * {@code target/disclosure-pages/}, and checks that each page shows ink where the text is and that its text has no
 * missing-glyph marks. {@code docs/render-pages.sh} runs this test and copies two of the images into docs/.
 */
class PdfPageImagesTest {
    static final Path OUTPUT = Path.of("target", "disclosure-pages");
    private static final float DPI = 100;

    private static PDDocument pdf;
    private static Map<String, Integer> pages;

    @BeforeAll
    static void render() throws IOException {
        WorkedExample example = WorkedExample.get();
        pdf = Loader.loadPDF(new PdfDisclosureRenderer().render(example.disclosure, example.narrative));
        pages = PdfDisclosureRendererTest.outlinePages(pdf);
        Files.createDirectories(OUTPUT);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /** Renders a page (1-based) to target/disclosure-pages/NAME.png and returns the image. */
    private static BufferedImage image(int page, String name) throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
        ImageIO.write(image, "png", OUTPUT.resolve(name + ".png").toFile());
        return image;
    }

    /** The share of pixels darker than mid grey. */
    private static double ink(BufferedImage image, int fromX, int fromY, int toX, int toY) {
        long dark = 0;
        long all = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
                all++;
            }
        }
        return (double) dark / all;
    }

    @Test
    void the_cover_shows_the_department_name_in_chinese_in_its_middle_and_nothing_else() throws IOException {
        BufferedImage cover = image(1, "cover");

        assertThat(cover.getWidth()).isLessThan(cover.getHeight());
        // 100 dpi A4: 827 x 1169 pixels; the title block sits about a quarter down the page
        assertThat(ink(cover, 0, 250, cover.getWidth(), 420)).isGreaterThan(0.01);
        assertThat(ink(cover, 0, 600, cover.getWidth(), cover.getHeight())).isZero();
        assertThat(PdfDisclosureRendererTest.textOf(pdf, 1).replaceAll("\\s+", ""))
                .isEqualTo("2023年洛阳市西工区社区治理和服务创新办公室部门预算公开");
    }

    @Test
    void the_first_page_of_the_explanations_shows_its_paragraphs() throws IOException {
        int page = pages.get("第二部分 2023年洛阳市西工区社区治理和服务创新办公室部门预算情况说明");
        BufferedImage image = image(page, "narrative");

        assertThat(ink(image, 0, 0, image.getWidth(), image.getHeight())).isBetween(0.02, 0.4);
        String text = PdfDisclosureRendererTest.textOf(pdf, page);
        assertThat(text).contains("一、收入支出预算总体情况说明", "5301.42").doesNotContain("\uFFFD", "#");
    }

    @Test
    void table_03_fills_a_landscape_page_with_its_grid() throws IOException {
        int page = pages.get("预算03表 2023年部门支出预算表");
        BufferedImage image = image(page, "table-03");

        assertThat(image.getWidth()).isGreaterThan(image.getHeight());
        // the grid spans the page: ink in the right third as well as the left third
        assertThat(ink(image, 0, 100, image.getWidth() / 3, 400)).isGreaterThan(0.02);
        assertThat(ink(image, 2 * image.getWidth() / 3, 100, image.getWidth(), 400)).isGreaterThan(0.02);
        String text = PdfDisclosureRendererTest.textOf(pdf, page);
        assertThat(text).contains("基本支出", "行政运行", "5182.70").doesNotContain("\uFFFD", "#");
    }
}
