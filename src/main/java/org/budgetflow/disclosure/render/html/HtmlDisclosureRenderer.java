package org.budgetflow.disclosure.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTable;
import org.budgetflow.disclosure.render.NarrativeTemplate;
import org.budgetflow.disclosure.render.NarrativeText;
import org.budgetflow.disclosure.render.NarrativeText.Part;

/**
 * The disclosure as one self-contained page ({@code disclosure.html}): cover, table of contents, the narrative and
 * the 13 tables, with its stylesheet inline and no scripts or external resources. The markup is well-formed XHTML
 * (also valid HTML5); every text from the budget is escaped. {@link Medium#PDF} gives the print-only variant that
 * the PDF renderer lays out. Deterministic: the same input gives the same string.
 */
public final class HtmlDisclosureRenderer {
    private final NarrativeTemplate template;
    private final Stylesheets stylesheets;

    HtmlDisclosureRenderer(NarrativeTemplate template, Stylesheets stylesheets) {
        this.template = Objects.requireNonNull(template, "template");
        this.stylesheets = Objects.requireNonNull(stylesheets, "stylesheets");
    }

    public HtmlDisclosureRenderer(NarrativeTemplate template) {
        this(template, Stylesheets.loadDefault());
    }

    /** With the bundled template wording and stylesheets. */
    public HtmlDisclosureRenderer() {
        this(NarrativeTemplate.loadDefault());
    }

    /** The published page (screen medium). */
    public String render(Disclosure disclosure, NarrativeText narrative) {
        return render(disclosure, narrative, Medium.SCREEN);
    }

    /** The published page written as UTF-8. */
    public void write(Disclosure disclosure, NarrativeText narrative, OutputStream out) {
        try {
            out.write(render(disclosure, narrative).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the disclosure page", e);
        }
    }

    public String render(Disclosure disclosure, NarrativeText narrative, Medium medium) {
        Markup m = new Markup(256 * 1024);
        String name = disclosure.department().displayName();
        m.raw("<!DOCTYPE html>\n");
        m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "zh-CN", "xml:lang", "zh-CN").newline();
        m.open("head").newline();
        m.empty("meta", "charset", "UTF-8").newline();
        m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        String title = template.text("cover.year", disclosure.year()) + name + template.text("cover.title");
        m.element("title", title).newline();
        m.empty("meta", "name", "subject", "content", title).newline();
        m.empty("meta", "name", "author", "content", name).newline();
        m.open("style").raw(stylesheets.css(medium)).close("style").newline();
        if (medium == Medium.PDF) {
            bookmarks(m, disclosure, narrative);
        }
        m.close("head").newline();
        m.open("body", "class", "medium-" + medium.name().toLowerCase(Locale.ROOT)).newline();
        cover(m, disclosure);
        contents(m, disclosure, narrative, medium);
        m.open("main").newline();
        new NarrativeMarkup().write(m, narrative);
        TableSectionMarkup tables = new TableSectionMarkup(template);
        m.open("div", "class", "tables", "id", "tables").newline();
        for (DisclosureTable table : disclosure.tables().all()) {
            tables.write(m, disclosure, table);
        }
        m.close("div").newline();
        m.close("main").newline();
        m.close("body").newline().close("html").newline();
        return m.toString();
    }

    private void cover(Markup m, Disclosure disclosure) {
        m.open("header", "class", "cover", "id", "cover").newline();
        m.element("p", template.text("cover.year", disclosure.year()), "class", "cover-year");
        m.element("h1", disclosure.department().displayName(), "class", "cover-department");
        m.element("p", template.text("cover.title"), "class", "cover-title");
        m.close("header").newline();
    }

    private void contents(Markup m, Disclosure disclosure, NarrativeText narrative, Medium medium) {
        m.open("nav", "class", "toc", "id", "toc").newline();
        m.element("h2", template.text("toc.title"), "class", "toc-title");
        m.open("ol", "class", "toc-parts");
        for (Part part : narrative.parts()) {
            tocEntry(m, part.id(), part.label() + " " + part.title(), medium);
        }
        m.open("li");
        if (medium == Medium.PDF) {
            m.empty("a", "class", "toc-page", "href", "#tables");
        }
        m.open("a", "href", "#tables", "class", "toc-link")
                .text(template.text("tables.title", disclosure.year(), disclosure.department().displayName()))
                .close("a");
        m.open("ol", "class", "toc-tables");
        for (DisclosureTable table : disclosure.tables().all()) {
            tocEntry(m, TableSectionMarkup.anchor(table), table.number() + " " + table.title(), medium);
        }
        m.close("ol").close("li").close("ol").newline();
        m.close("nav").newline();
    }

    private static void tocEntry(Markup m, String anchor, String label, Medium medium) {
        m.open("li");
        if (medium == Medium.PDF) {
            m.empty("a", "class", "toc-page", "href", "#" + anchor);
        }
        m.element("a", label, "href", "#" + anchor, "class", "toc-link");
        m.close("li");
    }

    /** The PDF outline (openhtmltopdf's bookmarks element): parts and tables. */
    private void bookmarks(Markup m, Disclosure disclosure, NarrativeText narrative) {
        m.open("bookmarks");
        for (Part part : narrative.parts()) {
            m.empty("bookmark", "name", part.label() + " " + part.title(), "href", "#" + part.id());
        }
        m.open("bookmark", "name", template.text("toc.tables"), "href", "#tables");
        for (DisclosureTable table : disclosure.tables().all()) {
            m.empty("bookmark", "name", table.number() + " " + table.title(),
                    "href", "#" + TableSectionMarkup.anchor(table));
        }
        m.close("bookmark").close("bookmarks").newline();
    }
}
