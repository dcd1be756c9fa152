package org.budgetflow;

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
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication.run(BudgetFlowApplication.class, args);
    }
}
