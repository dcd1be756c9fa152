package org.budgetflow.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.budgetflow.book.BookFiles;
import org.budgetflow.book.BookJsonWriter;
import org.budgetflow.book.BookPdfRenderer;
import org.budgetflow.book.BookXlsxRenderer;
import org.budgetflow.book.CongressBook;
import org.budgetflow.book.CongressBookBuilder;
import org.budgetflow.budget.Budget;
import org.budgetflow.district.BundledDistrict;
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
 * The congress review book of the demo district (54 budgets, 1061 projects, about 8,800 indicators), warm and in
 * memory: {@link #districtBook()} is the whole job as {@link BookFiles} does it for the workflow and the command line
 * (validating every budget, building the book, book.json, book.pdf and book.xlsx); the others break it down.
 * Reading the 54 files is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BookBenchmark {
    private List<Budget> budgets;
    private BookFiles files;
    private CongressBookBuilder builder;
    private CongressBook book;
    private BookJsonWriter json;
    private BookPdfRenderer pdf;
    private BookXlsxRenderer xlsx;

    @Setup
    public void setUp() {
        budgets = BundledDistrict.budgets();
        files = BookFiles.standard();
        builder = CongressBookBuilder.standard();
        book = builder.build(2024, budgets);
        json = new BookJsonWriter();
        pdf = new BookPdfRenderer();
        xlsx = new BookXlsxRenderer();
    }

    /** Everything: validation, model and the three files. */
    @Benchmark
    public Map<String, byte[]> districtBook() {
        return files.render(2024, budgets);
    }

    /** Validating the 54 budgets and building the model. */
    @Benchmark
    public CongressBook bookModel() {
        return builder.build(2024, budgets);
    }

    @Benchmark
    public byte[] bookJson() {
        return json.write(book);
    }

    @Benchmark
    public byte[] bookPdf() {
        return pdf.render(book);
    }

    @Benchmark
    public byte[] bookXlsx() {
        return xlsx.render(book);
    }
}
