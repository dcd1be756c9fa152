package org.budgetflow.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.CodeNames;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.render.DisclosureFiles;
import org.budgetflow.disclosure.render.DisclosureRenderer;
import org.budgetflow.disclosure.DisclosureJsonWriter;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.csv.CsvRenderer;
import org.budgetflow.disclosure.render.xlsx.XlsxRenderer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The disclosure of the worked example, warm: computing the model from the budget, then rendering it as JSON, XLSX
 * and CSV (in memory, no disk), and every published form together (model, narrative, JSON, HTML, PDF, XLSX, CSV) as
 * {@link DisclosureFiles} prepares them for the disclose command and the publication. PDF and HTML alone:
 * {@link DocumentRenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class DisclosureRenderBenchmark {
    private Budget budget;
    private Disclosure disclosure;
    private DisclosureGenerator generator;
    private DisclosureJsonWriter json;
    private XlsxRenderer xlsx;
    private CsvRenderer csv;
    private DisclosureFiles files;

    @Setup
    public void setUp() {
        budget = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        generator = new DisclosureGenerator();
        disclosure = generator.generate(budget);
        json = new DisclosureJsonWriter();
        xlsx = new XlsxRenderer();
        csv = new CsvRenderer();
        files = new DisclosureFiles(CodeNames.NONE);
    }

    @Benchmark
    public Disclosure disclosureModel() {
        return generator.generate(budget);
    }

    @Benchmark
    public byte[] disclosureJson() {
        return json.write(disclosure);
    }

    @Benchmark
    public byte[] disclosureXlsx() {
        return xlsx.render(disclosure);
    }

    @Benchmark
    public Map<String, byte[]> disclosureCsv() {
        return csv.files(disclosure);
    }

    /** Model, JSON, XLSX and CSV from the budget: the disclose command's work without validation and disk. */
    @Benchmark
    public void disclosureModelJsonXlsxCsv(Blackhole bh) {
        Disclosure d = generator.generate(budget);
        bh.consume(json.write(d));
        bh.consume(xlsx.render(d));
        bh.consume(csv.files(d));
    }

    /** Every published form from the budget, in memory: what publishing a department renders. */
    @Benchmark
    public long everyPublishedForm() throws IOException {
        DisclosureFiles.Rendering rendering = files.prepare(budget);
        long bytes = 0;
        for (DisclosureRenderer renderer : rendering.renderers()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(rendering.disclosure(), out);
            bytes += out.size();
        }
        return bytes;
    }
}
