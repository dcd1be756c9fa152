package org.budgetflow.budget.interchange;

import java.util.List;
import java.util.stream.Collectors;

/** The document is not a readable budget-v1 document; {@link #errors()} names every field at fault. */
public class BudgetFormatException extends RuntimeException {
    private static final int SHOWN_IN_MESSAGE = 3;
    private final transient List<FieldError> errors;

    public BudgetFormatException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        String shown = errors.stream().limit(SHOWN_IN_MESSAGE).map(FieldError::toString)
                .collect(Collectors.joining("；"));
        int more = errors.size() - SHOWN_IN_MESSAGE;
        return more > 0 ? shown + "（另有 " + more + " 处错误）" : shown;
    }
}
