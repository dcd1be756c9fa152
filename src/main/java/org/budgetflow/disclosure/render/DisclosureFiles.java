package org.budgetflow.disclosure.render;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.disclosure.CodeNames;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.csv.CsvRenderer;
import org.budgetflow.disclosure.render.html.HtmlDisclosureRenderer;
import org.budgetflow.disclosure.render.pdf.PdfDisclosureRenderer;
import org.budgetflow.disclosure.render.xlsx.XlsxRenderer;

/**
 * Everything a department publishes, from one budget: the disclosure model, its narrative text, and the renderers
 * of every published form (disclosure.json, disclosure.html, disclosure.pdf, disclosure.xlsx, csv/). Immutable and
 * thread-safe; keep one (the PDF renderer loads its fonts once).
 */
public final class DisclosureFiles {
    private final DisclosureGenerator generator;
    private final NarrativeTextGenerator narrative = new NarrativeTextGenerator();
    private final HtmlDisclosureRenderer html = new HtmlDisclosureRenderer();
    private final PdfDisclosureRenderer pdf = new PdfDisclosureRenderer();
    private final JsonRenderer json = new JsonRenderer();
    private final XlsxRenderer xlsx = new XlsxRenderer();
    private final CsvRenderer csv = new CsvRenderer();

    public DisclosureFiles(CodeNames codeNames) {
        this.generator = new DisclosureGenerator(codeNames);
    }

    /** The disclosure of a budget with the renderers of every published form, in publication order. */
    public Rendering prepare(Budget budget) {
        Disclosure disclosure = generator.generate(budget);
        NarrativeText text = narrative.generate(budget, disclosure);
        List<DisclosureRenderer> renderers = List.of(
                json,
                new NarratedRenderer("disclosure.html", (d, out) -> html.write(d, text, out)),
                new NarratedRenderer("disclosure.pdf", (d, out) -> pdf.write(d, text, out)),
                new NarratedRenderer(XlsxRenderer.FILE_NAME, (d, out) -> xlsx.render(d, text, out)),
                csv);
        return new Rendering(disclosure, text, renderers);
    }

    /** A budget's disclosure, its narrative text and the renderers that print them. */
    public record Rendering(Disclosure disclosure, NarrativeText text, List<DisclosureRenderer> renderers) {
    }

    /** HTML and PDF print the narrative text beside the tables, so they are bound to the text of one budget. */
    private record NarratedRenderer(String fileName, Writer writer) implements DisclosureRenderer {
        @Override
        public void render(Disclosure disclosure, java.io.OutputStream out) throws java.io.IOException {
            writer.write(disclosure, out);
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(Disclosure disclosure, java.io.OutputStream out) throws java.io.IOException;
    }
}
