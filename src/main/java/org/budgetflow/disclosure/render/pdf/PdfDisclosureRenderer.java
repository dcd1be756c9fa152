package org.budgetflow.disclosure.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.NarrativeTemplate;
import org.budgetflow.disclosure.render.NarrativeText;
import org.budgetflow.disclosure.render.html.HtmlDisclosureRenderer;
import org.budgetflow.disclosure.render.html.Medium;

/**
 * The printed disclosure ({@code disclosure.pdf}): the page of {@link HtmlDisclosureRenderer} in its
 * {@link Medium#PDF} form laid out by openhtmltopdf on A4 pages, wide tables on landscape pages, page numbers, the
 * PDF outline, and Noto Sans SC embedded as a subset (so the PDF reads on a machine without any Chinese font). No
 * external resource is ever fetched. Deterministic: the same input gives the same bytes (see {@link PdfMetadata}).
 */
public final class PdfDisclosureRenderer {
    private final HtmlDisclosureRenderer html;
    private final NarrativeTemplate template;
    private final EmbeddedFonts fonts;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    public PdfDisclosureRenderer(HtmlDisclosureRenderer html, NarrativeTemplate template, EmbeddedFonts fonts) {
        this.html = Objects.requireNonNull(html, "html");
        this.template = Objects.requireNonNull(template, "template");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** With the bundled template wording, stylesheets and fonts. */
    public PdfDisclosureRenderer() {
        this(NarrativeTemplate.loadDefault());
    }

    private PdfDisclosureRenderer(NarrativeTemplate template) {
        this(new HtmlDisclosureRenderer(template), template, EmbeddedFonts.loadDefault());
    }

    public byte[] render(Disclosure disclosure, NarrativeText narrative) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        write(disclosure, narrative, out);
        return out.toByteArray();
    }

    public void write(Disclosure disclosure, NarrativeText narrative, OutputStream out) {
        String xhtml = html.render(disclosure, narrative, Medium.PDF);
        String name = disclosure.department().displayName();
        String title = template.text("cover.year", disclosure.year()) + name + template.text("cover.title");
        List<String> problems = new ArrayList<>();
        try (PDDocument pdf = new PDDocument();
             TrueTypeFont regular = fonts.regular();
             TrueTypeFont bold = fonts.bold()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(pdf)
                    .withHtmlContent(xhtml, null)
                    .useFont(new PDFontSupplier(PDType0Font.load(pdf, regular, true)), EmbeddedFonts.FAMILY, 400,
                            FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(PDType0Font.load(pdf, bold, true)), EmbeddedFonts.FAMILY, 700,
                            FontStyle.NORMAL, true)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withDiagnosticConsumer(d -> collect(d, problems))
                    .withProducer(PdfMetadata.CREATOR);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                PdfMetadata.apply(pdf, disclosure.year(), title, name, xhtml);
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the disclosure PDF", e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The disclosure PDF layout reported errors: " + problems);
        }
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
            problems.add(diagnostic.getFormattedMessage());
        }
    }
}
