package org.budgetflow.district;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.classification.ClassificationCatalog;

/**
 * Generates the demo district from a performance-target book: checks the book (findings D1–D9), decides which
 * department owns what, and assembles one budget-v1 budget per department whose derived figures equal the book's.
 * Thread-safe; the catalog and tables are reference data injected once.
 */
public final class DistrictGenerator {
    private final ClassificationCatalog catalog;
    private final SynthesisTables tables;

    public DistrictGenerator(ClassificationCatalog catalog, SynthesisTables tables) {
        this.catalog = catalog;
        this.tables = tables;
    }

    /** With the bundled classification codes and synthesis tables. */
    public static DistrictGenerator standard() {
        return new DistrictGenerator(ClassificationCatalog.loadDefault(), SynthesisTables.loadDefault());
    }

    public DemoDistrict generate(PerformanceBook book) {
        BookFindings.Collector collector = new BookFindings.Collector();
        BookAttribution attribution = BookAttribution.of(book, collector);
        new BookChecks(book, attribution, collector).run();
        LineSynthesizer lines = new LineSynthesizer(catalog.forYear(book.year()), tables);
        BudgetAssembler assembler = new BudgetAssembler(book, tables, lines);
        List<Budget> budgets = attribution.departments().stream().map(assembler::assemble).toList();
        BookFindings findings = new BookFindings(collector.toList(), attribution.unattributed(),
                attribution.pseudoDepartmentProjects());
        return new DemoDistrict(book.year(), budgets, findings);
    }
}
