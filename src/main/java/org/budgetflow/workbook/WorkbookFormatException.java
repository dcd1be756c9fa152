package org.budgetflow.workbook;

import java.util.List;

import org.budgetflow.budget.interchange.BudgetFormatException;

/**
 * The workbook cannot be imported. {@link #cellErrors()} lists every error found (up to the limit), each naming sheet,
 * row and column; {@link #errors()} gives them as field errors whose field is an Excel reference ("收入!E12").
 * Nothing has been stored.
 */
public class WorkbookFormatException extends BudgetFormatException {
    private final transient List<CellError> cellErrors;
    private final int totalErrors;

    public WorkbookFormatException(List<CellError> cellErrors, int totalErrors) {
        super(cellErrors.stream().map(CellError::toFieldError).toList());
        this.cellErrors = List.copyOf(cellErrors);
        this.totalErrors = Math.max(totalErrors, cellErrors.size());
    }

    public List<CellError> cellErrors() {
        return cellErrors;
    }

    /** All errors found, including those beyond the listed ones. */
    public int totalErrors() {
        return totalErrors;
    }

    /** One line: the first error and the count of further errors. */
    public String firstErrorLine() {
        String first = cellErrors.isEmpty() ? "工作簿无法导入" : cellErrors.get(0).message();
        int more = totalErrors - 1;
        return more > 0 ? first + "（另有 " + more + " 处错误）" : first;
    }
}
