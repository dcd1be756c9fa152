package org.budgetflow.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BookFilesTest {
    @Test
    void renders_book_json_book_pdf_and_book_xlsx_in_that_order() {
        Map<String, byte[]> files = BookFiles.standard().render(2024, SampleBooks.budgets());

        assertThat(files.keySet()).containsExactly("book.json", "book.pdf", "book.xlsx");
        assertThat(new String(files.get("book.json"), StandardCharsets.UTF_8)).startsWith("{\n \"year\": 2024,");
        assertThat(new String(files.get("book.pdf"), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(files.get("book.xlsx"), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void validates_the_budgets_itself_and_lists_the_findings_in_the_book() {
        CongressBook book = BookFiles.standard().book(2024, SampleBooks.budgets());

        assertThat(book.summary().errors() + book.summary().warnings())
                .isEqualTo(book.departments().stream().mapToLong(d -> d.findings().size()).sum());
        assertThat(book.departments()).extracting(DepartmentSection::code).containsExactly("101", "109");
    }
}
