package org.budgetflow.cli;

/** An input file cannot be read; the message is the one line shown on stderr (Chinese). */
final class InputException extends RuntimeException {
    InputException(String message) {
        super(message);
    }
}
