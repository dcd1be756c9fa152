package org.budgetflow.cli;

import java.io.PrintStream;
import java.util.List;

/** One verb of the command line. */
interface Command {
    String name();

    /** One line for the usage text, in Chinese. */
    String usage();

    /** Runs with the arguments after the verb; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
