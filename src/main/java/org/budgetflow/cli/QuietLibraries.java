package org.budgetflow.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.XRLog;

/**
 * stderr of the command line carries findings and errors for people and scripts: the PDF libraries' progress
 * messages (java.util.logging, INFO) would drown them: openhtmltopdf's own log is off, PDFBox shows warnings only.
 */
final class QuietLibraries {
    /** Held so that the configured levels are not garbage-collected with the loggers. */
    private static final List<Logger> LOGGERS = List.of(
            Logger.getLogger("com.openhtmltopdf"),
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    private QuietLibraries() {
    }

    static void apply() {
        // openhtmltopdf configures its own java.util.logging handlers on first use; switch its progress log off
        XRLog.setLoggingEnabled(false);
        LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
