package org.budgetflow.book;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.budgetflow.budget.Budget;

/**
 * The congress review book's three files from the departments' budgets: {@code book.json}, {@code book.pdf},
 * {@code book.xlsx}. Immutable and thread-safe; keep one (the PDF renderer reads its fonts once).
 * <pre>{@code
 * Map<String, byte[]> files = BookFiles.standard().render(2024, budgets); // "book.json", "book.pdf", "book.xlsx"
 * }</pre>
 */
public final class BookFiles {
    private final CongressBookBuilder builder;
    private final BookJsonWriter json = new BookJsonWriter();
    private final BookPdfRenderer pdf;
    private final BookXlsxRenderer xlsx = new BookXlsxRenderer();

    public BookFiles(CongressBookBuilder builder, BookPdfRenderer pdf) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
    }

    /** With the standard validation rules, the bundled stylesheet and the embedded fonts. */
    public static BookFiles standard() {
        return new BookFiles(CongressBookBuilder.standard(), new BookPdfRenderer());
    }

    /** Validates every budget, builds the book and renders it; file name → bytes, in the order json, pdf, xlsx. */
    public Map<String, byte[]> render(int year, List<Budget> budgets) {
        return render(builder.build(year, budgets));
    }

    /** Renders a book already built (for example with the findings of a cycle's review). */
    public Map<String, byte[]> render(CongressBook book) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BookJsonWriter.FILE_NAME, json.write(book));
        files.put(BookPdfRenderer.FILE_NAME, pdf.render(book));
        files.put(BookXlsxRenderer.FILE_NAME, xlsx.render(book));
        return files;
    }

    /** The book of the budgets (validated with this instance's rules), without rendering it. */
    public CongressBook book(int year, List<Budget> budgets) {
        return builder.build(year, budgets);
    }
}
