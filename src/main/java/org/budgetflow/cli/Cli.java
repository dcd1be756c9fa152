package org.budgetflow.cli;

import java.io.PrintStream;
import java.util.Set;

/** The offline command line of the jar. Exit codes: 0 no ERROR finding, 1 ERROR findings, 2 unreadable input. */
public final class Cli {
    private static final Set<String> VERBS = Set.of("validate", "audit");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && VERBS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("not implemented yet: " + args[0]);
        return 2;
    }
}
