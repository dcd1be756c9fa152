package org.budgetflow.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.SharedExamples;

/** Workbook helpers for the tests: the shared catalog, writer and reader, and editing a workbook as a user would. */
final class Workbooks {
    static final ClassificationCatalog CATALOG = ClassificationCatalog.loadDefault();
    static final WorkbookWriter WRITER = new WorkbookWriter(CATALOG);
    static final WorkbookReader READER = new WorkbookReader(CATALOG);

    private Workbooks() {
    }

    static Budget workedExample() {
        return new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
    }

    static Budget read(byte[] workbook) {
        return READER.read(new ByteArrayInputStream(workbook));
    }

    static XSSFWorkbook open(byte[] workbook) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook after a user's edit (made with POI, saved again). */
    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = open(workbook)) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
