package org.budgetflow.district;

/** The book's data folder cannot be read; the message (Chinese) names the file and what is wrong. */
public final class BookFormatException extends RuntimeException {
    public BookFormatException(String message) {
        super(message);
    }

    public BookFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
