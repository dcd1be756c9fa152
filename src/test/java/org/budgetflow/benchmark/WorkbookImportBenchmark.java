package org.budgetflow.benchmark;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;

import org.budgetflow.budget.Budget;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.SyntheticBudgets;
import org.budgetflow.workbook.WorkbookReader;
import org.budgetflow.workbook.WorkbookWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a drafting workbook of a large synthetic budget (10 units, 10,000 lines, about 90 projects with four
 * indicators each): size and zip checks, streaming every sheet, checking every cell, building the budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class WorkbookImportBenchmark {

    @Param({"10000"})
    public int lines;

    private byte[] workbook;
    private WorkbookReader reader;

    @Setup
    public void setUp() {
        ClassificationCatalog catalog = ClassificationCatalog.loadDefault();
        workbook = new WorkbookWriter(catalog).write(SyntheticBudgets.large(lines));
        reader = new WorkbookReader(catalog);
    }

    @Benchmark
    public Budget importWorkbook() {
        return reader.read(new ByteArrayInputStream(workbook));
    }
}
