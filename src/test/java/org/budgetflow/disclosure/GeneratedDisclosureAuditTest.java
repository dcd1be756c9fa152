package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.testing.SharedExamples;
import org.budgetflow.testing.SyntheticBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.ValidationReport;
import org.budgetflow.validation.audit.DisclosureAuditor;
import org.budgetflow.validation.audit.DisclosureJsonReader;
import org.junit.jupiter.api.Test;

/**
 * Every figure of a generated disclosure is right by construction: the audit that finds the published document's
 * contradictions finds none of the table invariants (V01–V27) broken in what we generate.
 */
class GeneratedDisclosureAuditTest {

    @Test
    void the_worked_example_as_generated_passes_every_table_invariant() {
        Budget budget = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());

        ValidationReport report = audit(budget);

        assertThat(report.findings()).filteredOn(GeneratedDisclosureAuditTest::tableInvariant).isEmpty();
        // what remains is the department's own prior-year figures (D2), which the generator reproduces as stated
        assertThat(report.findings()).filteredOn(Finding::isError).extracting(Finding::rule).containsOnly("V28");
    }

    @Test
    void a_large_multi_unit_budget_as_generated_passes_every_audit_rule_without_errors() {
        Budget budget = SyntheticBudgets.large(5_000);

        ValidationReport report = audit(budget);

        assertThat(report.findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(report.findings()).filteredOn(GeneratedDisclosureAuditTest::tableInvariant).isEmpty();
    }

    private static ValidationReport audit(Budget budget) {
        byte[] json = new DisclosureJsonWriter().write(new DisclosureGenerator().generate(budget));
        return DisclosureAuditor.standard().audit(new DisclosureJsonReader().read(new ByteArrayInputStream(json)));
    }

    private static boolean tableInvariant(Finding f) {
        return f.rule().startsWith("V") && Integer.parseInt(f.rule().substring(1)) <= 27;
    }
}
