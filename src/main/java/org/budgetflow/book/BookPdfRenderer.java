package org.budgetflow.book;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
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
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetflow.disclosure.render.pdf.EmbeddedFonts;

/**
 * {@code book.pdf}: the page of {@link BookXhtml} laid out by openhtmltopdf on A4 pages with page numbers and an
 * outline, Noto Sans SC embedded as a subset ({@link EmbeddedFonts}, the disclosure PDF's font). No external resource
 * is ever fetched. Deterministic: dates are 1 January of the book's year (UTC) and the file identifier is derived from
 * the laid-out XHTML, so the same book gives the same bytes. Thread-safe.
 */
public final class BookPdfRenderer {
    public static final String FILE_NAME = "book.pdf";
    private static final String CREATOR = "BudgetFlow";

    private final BookXhtml xhtml;
    private final EmbeddedFonts fonts;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    BookPdfRenderer(BookXhtml xhtml, EmbeddedFonts fonts) {
        this.xhtml = Objects.requireNonNull(xhtml, "xhtml");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** With the bundled stylesheet and fonts. */
    public BookPdfRenderer() {
        this(BookXhtml.loadDefault(), EmbeddedFonts.loadDefault());
    }

    public byte[] render(CongressBook book) {
        String page = xhtml.render(book);
        List<String> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        try (PDDocument pdf = new PDDocument();
             TrueTypeFont regular = fonts.regular();
             TrueTypeFont bold = fonts.bold()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(pdf)
                    .withHtmlContent(page, null)
                    .useFont(new PDFontSupplier(PDType0Font.load(pdf, regular, true)), EmbeddedFonts.FAMILY, 400,
                            FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(PDType0Font.load(pdf, bold, true)), EmbeddedFonts.FAMILY, 700,
                            FontStyle.NORMAL, true)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withDiagnosticConsumer(d -> collect(d, problems))
                    .withProducer(CREATOR);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                metadata(pdf, book, page);
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the congress book PDF", e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The congress book PDF layout reported errors: " + problems);
        }
        return out.toByteArray();
    }

    private static void metadata(PDDocument pdf, CongressBook book, String page) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(book.title());
        info.setSubject("提交区人民代表大会审查的部门预算绩效目标表");
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(book.year(), Calendar.JANUARY, 1, 0, 0, 0);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.setDocumentInformation(info);
        byte[] id = Arrays.copyOf(sha256(page), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
            problems.add(diagnostic.getFormattedMessage());
        }
    }
}
