package org.budgetflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.validation.audit.DisclosureAuditor;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md lists every rule the validator and the audit run, with the title the code gives it, so reviewers can
 * look a finding's rule id up. Run with -Dbudgetflow.golden.update=true to regenerate the file.
 */
class RuleCatalogDocTest {
    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docs_list_every_rule_with_its_title() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("budgetflow.golden.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    private static String render() {
        List<String> out = new ArrayList<>();
        out.add("# Validation rules");
        out.add("");
        out.add("Every finding names one of these rule ids (families of `../shared/domain/guide.md` §2.4). This file is");
        out.add("generated from the code by `RuleCatalogDocTest` (`-Dbudgetflow.golden.update=true`), so it cannot drift.");
        out.add("Severity is decided per finding: ERROR where the budget cannot be disclosed correctly, WARNING where a");
        out.add("reviewer decides (plausibility, policy, indicator quality).");
        out.add("");
        out.add("## Budget rules (`validate`, the drafting upload, the workflow)");
        out.add("");
        out.add("| id | rule | class |");
        out.add("|---|---|---|");
        for (BudgetRule rule : StandardRules.all()) {
            out.add("| " + rule.id() + " | " + rule.title().replace("|", "\\|") + " | `" + rule.getClass().getSimpleName() + "` |");
        }
        out.add("");
        out.add("## Audit rules over a published disclosure (`audit`)");
        out.add("");
        out.add("| id | rule | class |");
        out.add("|---|---|---|");
        DisclosureAuditor.standard().rules().forEach(rule -> out.add("| " + rule.id() + " | "
                + rule.title().replace("|", "\\|") + " | `" + rule.getClass().getSimpleName() + "` |"));
        out.add("");
        return String.join("\n", out);
    }
}
