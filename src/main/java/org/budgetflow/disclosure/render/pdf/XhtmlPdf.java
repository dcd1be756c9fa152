package org.budgetflow.disclosure.render.pdf;

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

/**
 * Lays out an XHTML page as a PDF with openhtmltopdf, for the disclosure and the congress review book alike: Noto
 * Sans SC 400/700 embedded as subsets ({@link EmbeddedFonts}), no external resource ever fetched, a layout error
 * fails the document, and fixed document information and file identifier ({@link PdfMetadata}) so that the same
 * page gives the same bytes. Thread-safe; the font metrics are cached across documents.
 */
public final class XhtmlPdf {
    private final EmbeddedFonts fonts;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    public XhtmlPdf(EmbeddedFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * The PDF's document information: dated 1 January of {@code year} (UTC); {@code author} may be null.
     */
    public record Info(int year, String title, String author, String subject) {
    }

    /**
     * Writes {@code xhtml} as a PDF to {@code out}; {@code what} names the document in error messages.
     *
     * @throws IllegalStateException when the layout reports an error
     */
    public void write(String xhtml, Info info, OutputStream out, String what) {
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
                PdfMetadata.apply(pdf, info, xhtml);
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + what, e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The " + what + " layout reported errors: " + problems);
        }
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
            problems.add(diagnostic.getFormattedMessage());
        }
    }
}
