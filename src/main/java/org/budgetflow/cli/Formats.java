package org.budgetflow.cli;

/** The output formats of the checking commands. */
final class Formats {
    private Formats() {
    }

    static String check(String format) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format 只能是 text 或 json，实际为 " + format);
        }
        return format;
    }
}
