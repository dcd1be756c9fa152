package org.budgetflow.cli;

/** The command line's words are wrong; the message says how (Chinese). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
