package org.budgetflow.disclosure.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.testing.SharedExamples;

/** The worked example (西工区社创办 2023) read once: budget, disclosure, narrative text and the printed source.txt. */
public final class WorkedExample {
    private static WorkedExample instance;

    public final Budget budget;
    public final Disclosure disclosure;
    public final NarrativeText narrative;

    private WorkedExample() {
        budget = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        disclosure = new DisclosureGenerator().generate(budget);
        narrative = new NarrativeTextGenerator().generate(budget, disclosure);
    }

    public static synchronized WorkedExample get() {
        if (instance == null) {
            instance = new WorkedExample();
        }
        return instance;
    }

    /** The printed document (source.txt) with all whitespace removed, for sentence lookups. */
    public static String printedTextWithoutWhitespace() {
        try {
            return Files.readString(SharedExamples.workedExample().resolve("source.txt")).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
