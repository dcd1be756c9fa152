package org.budgetflow.budget.interchange;

/**
 * One reason a document cannot be read: the field (a JSON path without "$", e.g. {@code lines[3].amount}, or
 * empty for the document itself) and a Chinese message.
 */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field == null || field.isEmpty() ? message : field + "：" + message;
    }
}
