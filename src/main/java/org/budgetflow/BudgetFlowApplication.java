package org.budgetflow;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.budgetflow.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * BudgetFlow (预算编审公开平台). With a command-line verb ({@code validate}, {@code audit}, …) the jar runs that
 * command offline, without starting the web server or the process engine; without one it starts the application.
 */
@SpringBootApplication
public class BudgetFlowApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(Cli.run(args, out, err));
        }
        SpringApplication.run(BudgetFlowApplication.class, args);
    }
}
