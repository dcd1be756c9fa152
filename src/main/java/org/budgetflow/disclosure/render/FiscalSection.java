package org.budgetflow.disclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.Narrative.FiscalBudget;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/**
 * 四、财政拨款收入支出预算总体情况说明: each fiscal budget's amount (with "（含上年结转）" when carried-over money is
 * part of it), then one sentence comparing each against last year with the department's reasons. 国有资本经营 is
 * mentioned only when the department has such money or a prior figure for it.
 */
final class FiscalSection {
    private final Phrases phrases;

    FiscalSection(Phrases phrases) {
        this.phrases = phrases;
    }

    Section write(NarrativeFacts facts) {
        Narrative.Fiscal fiscal = facts.figures().fiscal();
        List<Labelled> budgets = new ArrayList<>();
        budgets.add(new Labelled(phrases.text("fiscal.generalPublicBudget"), fiscal.generalPublicBudget()));
        budgets.add(new Labelled(phrases.text("fiscal.governmentFund"), fiscal.governmentFund()));
        if (fiscal.stateCapital() != null) {
            budgets.add(new Labelled(phrases.text("fiscal.stateCapital"), fiscal.stateCapital()));
        }
        String separator = phrases.text("fiscal.separator");
        List<String> amounts = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (Labelled b : budgets) {
            String basis = b.budget().includesCarryOver() ? phrases.text("fiscal.basis", b.budget().basis()) : "";
            amounts.add(phrases.text("fiscal.amount", b.label(), Phrases.amount(b.budget().amount()), basis));
            if (b.budget().change() != null) {
                changes.add(b.label() + phrases.changeWithReason(b.budget().change()));
            }
        }
        String text = phrases.text("fiscal.text", facts.name(), facts.year(), String.join(separator, amounts));
        if (!changes.isEmpty()) {
            text += phrases.text("fiscal.comparison", facts.priorYear(), String.join(separator, changes));
        }
        return Section.of("part-2-4", phrases.text("fiscal.heading"), List.of(text));
    }

    private record Labelled(String label, FiscalBudget budget) {
    }
}
