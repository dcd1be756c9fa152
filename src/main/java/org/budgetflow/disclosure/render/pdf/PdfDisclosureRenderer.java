package org.budgetflow.disclosure.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.NarrativeTemplate;
import org.budgetflow.disclosure.render.NarrativeText;
import org.budgetflow.disclosure.render.html.HtmlDisclosureRenderer;
import org.budgetflow.disclosure.render.html.Medium;

/**
 * The printed disclosure ({@code disclosure.pdf}): the page of {@link HtmlDisclosureRenderer} in its
 * {@link Medium#PDF} form laid out by openhtmltopdf on A4 pages, wide tables on landscape pages, page numbers, the
 * PDF outline, and Noto Sans SC embedded as a subset (so the PDF reads on a machine without any Chinese font). No
 * external resource is ever fetched. Deterministic: the same input gives the same bytes (see {@link XhtmlPdf}).
 */
public final class PdfDisclosureRenderer {
    private final HtmlDisclosureRenderer html;
    private final NarrativeTemplate template;
    private final XhtmlPdf pdf;

    public PdfDisclosureRenderer(HtmlDisclosureRenderer html, NarrativeTemplate template, EmbeddedFonts fonts) {
        this.html = Objects.requireNonNull(html, "html");
        this.template = Objects.requireNonNull(template, "template");
        this.pdf = new XhtmlPdf(fonts);
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
        pdf.write(xhtml, new XhtmlPdf.Info(disclosure.year(), title, name, title), out, "disclosure PDF");
    }
}
