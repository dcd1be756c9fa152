package org.budgetflow.book;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

import org.budgetflow.disclosure.render.pdf.EmbeddedFonts;
import org.budgetflow.disclosure.render.pdf.XhtmlPdf;

/**
 * {@code book.pdf}: the page of {@link BookXhtml} laid out by openhtmltopdf on A4 pages with page numbers and an
 * outline, Noto Sans SC embedded as a subset ({@link EmbeddedFonts}, the disclosure PDF's font). No external resource
 * is ever fetched. Deterministic: dates are 1 January of the book's year (UTC) and the file identifier is derived from
 * the laid-out XHTML, so the same book gives the same bytes. Thread-safe.
 */
public final class BookPdfRenderer {
    public static final String FILE_NAME = "book.pdf";
    private static final String SUBJECT = "提交区人民代表大会审查的部门预算绩效目标表";

    private final BookXhtml xhtml;
    private final XhtmlPdf pdf;

    BookPdfRenderer(BookXhtml xhtml, EmbeddedFonts fonts) {
        this.xhtml = Objects.requireNonNull(xhtml, "xhtml");
        this.pdf = new XhtmlPdf(fonts);
    }

    /** With the bundled stylesheet and fonts. */
    public BookPdfRenderer() {
        this(BookXhtml.loadDefault(), EmbeddedFonts.loadDefault());
    }

    public byte[] render(CongressBook book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        pdf.write(xhtml.render(book), new XhtmlPdf.Info(book.year(), book.title(), null, SUBJECT), out,
                "congress book PDF");
        return out.toByteArray();
    }
}
