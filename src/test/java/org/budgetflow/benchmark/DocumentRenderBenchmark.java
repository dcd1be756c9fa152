package org.budgetflow.benchmark;

import java.util.concurrent.TimeUnit;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.NarrativeText;
import org.budgetflow.disclosure.render.NarrativeTextGenerator;
import org.budgetflow.disclosure.render.html.HtmlDisclosureRenderer;
import org.budgetflow.disclosure.render.pdf.PdfDisclosureRenderer;
import org.budgetflow.testing.SharedExamples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the worked example's disclosure, warm: the narrative text, the HTML page and the PDF (the PDF includes
 * laying out its XHTML, parsing the embedded font and subsetting it), each from an already generated disclosure;
 * {@code narrativeHtmlAndPdf} is the three together, as the disclose command runs them.
 * Run: {@code ./mvnw -Pbench verify -Dbench=DocumentRenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
public class DocumentRenderBenchmark {
    private Budget budget;
    private Disclosure disclosure;
    private NarrativeText narrative;
    private NarrativeTextGenerator narrativeGenerator;
    private HtmlDisclosureRenderer html;
    private PdfDisclosureRenderer pdf;

    @Setup
    public void setUp() {
        budget = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        disclosure = new DisclosureGenerator().generate(budget);
        narrativeGenerator = new NarrativeTextGenerator();
        narrative = narrativeGenerator.generate(budget, disclosure);
        html = new HtmlDisclosureRenderer();
        pdf = new PdfDisclosureRenderer();
    }

    @Benchmark
    public NarrativeText narrativeText() {
        return narrativeGenerator.generate(budget, disclosure);
    }

    @Benchmark
    public String htmlPage() {
        return html.render(disclosure, narrative);
    }

    @Benchmark
    public byte[] pdfDocument() {
        return pdf.render(disclosure, narrative);
    }

    @Benchmark
    public int narrativeHtmlAndPdf() {
        NarrativeText text = narrativeGenerator.generate(budget, disclosure);
        return html.render(disclosure, text).length() + pdf.render(disclosure, text).length;
    }
}
