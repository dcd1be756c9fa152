package org.budgetflow.workbook;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one import, listing up to a limit and counting the rest. */
final class ErrorCollector {
    private final int limit;
    private final List<CellError> listed = new ArrayList<>();
    private int total;

    ErrorCollector(int limit) {
        this.limit = limit;
    }

    void add(CellError error) {
        total++;
        if (listed.size() < limit) {
            listed.add(error);
        }
    }

    int total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    WorkbookFormatException exception() {
        return new WorkbookFormatException(listed, total);
    }

    void throwIfAny() {
        if (total > 0) {
            throw exception();
        }
    }
}
