package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked example (西工区社创办 2023): the disclosure generated from budget.json alone matches the published one,
 * figure by figure, except for the known defects of the published document.
 */
class WorkedExampleDisclosureTest {
    private static final Path OUTPUT = Path.of("target", "disclosure", "xigong-community-2023.disclosure.json");

    private static Budget budget;
    private static Disclosure disclosure;

    @BeforeAll
    static void generate() {
        budget = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        disclosure = new DisclosureGenerator().generate(budget);
        new DisclosureJsonWriter().write(disclosure, OUTPUT);
    }

    @Test
    void matches_the_published_disclosure_in_all_13_tables_and_every_narrative_figure() throws Exception {
        Path shared = SharedExamples.shared();
        Process process = new ProcessBuilder(List.of("python3",
                shared.resolve("tools/compare_disclosure.py").toString(),
                SharedExamples.workedExampleDisclosure().toString(),
                OUTPUT.toAbsolutePath().toString(),
                "--known", SharedExamples.workedExample().resolve("known-defects.json").toString()))
                .redirectErrorStream(true)
                .start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("compare_disclosure.py finished").isTrue();
        System.out.println(report);

        assertThat(process.exitValue()).as("compare_disclosure.py exit code; its report:%n%s", report).isZero();
        assertThat(report).contains("tables matching: 13 of 13; unexplained mismatches 0");
        assertThat(report).containsPattern("narrative figures: (\\d+) of \\1 match");
    }

    @Test
    void gives_the_same_json_bytes_for_the_same_budget() throws IOException {
        byte[] again = new DisclosureJsonWriter().write(new DisclosureGenerator().generate(budget));
        byte[] reread = new DisclosureJsonWriter().write(new DisclosureGenerator()
                .generate(new BudgetJsonReader().read(SharedExamples.workedExampleBudget())));

        assertThat(again).isEqualTo(Files.readAllBytes(OUTPUT));
        assertThat(reread).isEqualTo(again);
    }
}
