package org.budgetflow.validation.audit;

/**
 * A document that is not a readable {@code budgetflow/disclosure-v1} JSON document. The message is one Chinese line
 * that starts with the field, e.g. {@code tables.04: 缺少表04}.
 */
public final class DisclosureFormatException extends RuntimeException {
    private final String field;

    public DisclosureFormatException(String field, String problem) {
        super(field == null || field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    /** The JSON path of the offending field ("" for the whole document). */
    public String field() {
        return field;
    }
}
