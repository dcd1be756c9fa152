package org.budgetflow.workflow.service;

import java.util.List;

import org.budgetflow.budget.interchange.FieldError;

/**
 * A request the cycle cannot carry out; the API answers with the status and the Chinese message (and the fields at
 * fault, for malformed input).
 */
public class WorkflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as the HTTP status the API answers with. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final transient List<FieldError> fields;

    public WorkflowException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public WorkflowException(Kind kind, String message, List<FieldError> fields) {
        super(message);
        this.kind = kind;
        this.fields = List.copyOf(fields);
    }

    public static WorkflowException invalid(String message, List<FieldError> fields) {
        return new WorkflowException(Kind.INVALID, message, fields);
    }

    public static WorkflowException invalid(String field, String message) {
        return new WorkflowException(Kind.INVALID, message, List.of(new FieldError(field, message)));
    }

    public static WorkflowException forbidden(String message) {
        return new WorkflowException(Kind.FORBIDDEN, message);
    }

    public static WorkflowException notFound(String message) {
        return new WorkflowException(Kind.NOT_FOUND, message);
    }

    public static WorkflowException conflict(String message) {
        return new WorkflowException(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
