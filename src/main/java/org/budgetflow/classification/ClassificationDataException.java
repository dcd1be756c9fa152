package org.budgetflow.classification;

/**
 * The classification data cannot be used: a file is missing or malformed, or rows contradict each other.
 * The message (Chinese) names the file and line so that a finance bureau can fix its export.
 */
public class ClassificationDataException extends RuntimeException {

    public ClassificationDataException(String message) {
        super(message);
    }

    public ClassificationDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
