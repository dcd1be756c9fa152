package org.budgetflow.disclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.FundSource;
import org.budgetflow.disclosure.model.Change;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/** 一、收入支出预算总体, 二、收入预算总体 and 三、支出预算总体 情况说明. */
final class OverallSections {
    private final Phrases phrases;

    OverallSections(Phrases phrases) {
        this.phrases = phrases;
    }

    Section totals(NarrativeFacts facts) {
        Narrative.Totals t = facts.figures().totals();
        String income = Phrases.amount(t.incomeTotal());
        String expenditure = Phrases.amount(t.expenditureTotal());
        Change change = t.change();
        String text;
        if (change == null) {
            text = phrases.text("totals.amounts", facts.name(), facts.year(), income, expenditure);
        } else if (change.unchanged()) {
            text = phrases.text("totals.unchanged", facts.name(), facts.year(), income, expenditure,
                    facts.priorYear());
        } else {
            text = phrases.text("totals.changed", facts.name(), facts.year(), income, expenditure,
                    facts.priorYear(), phrases.change(change));
            String reason = Phrases.reason(change.reason());
            if (reason != null) {
                text += phrases.text("totals.reason", reason);
            }
        }
        return Section.of("part-2-1", phrases.text("totals.heading"), List.of(text));
    }

    Section income(NarrativeFacts facts) {
        Narrative.Income in = facts.figures().income();
        List<String> parts = new ArrayList<>();
        parts.add(phrases.text("income.part", phrases.text("income.generalPublicBudget"),
                Phrases.amount(in.generalPublicBudget())));
        for (Map.Entry<FundSource, BigDecimal> other : in.otherSources().entrySet()) {
            parts.add(phrases.text("income.part", phrases.text("income.source." + other.getKey().name()),
                    Phrases.amount(other.getValue())));
        }
        if (in.carryOver() != null && in.carryOver().signum() != 0) {
            parts.add(phrases.text("income.part", phrases.text("income.carryOver"), Phrases.amount(in.carryOver())));
        }
        String text = phrases.text("income.text", facts.name(), facts.year(), Phrases.amount(in.total()),
                String.join(phrases.text("income.separator"), parts));
        return Section.of("part-2-2", phrases.text("income.heading"), List.of(text));
    }

    Section expenditure(NarrativeFacts facts) {
        Narrative.Breakdown b = facts.figures().expenditure();
        String text = phrases.text("expenditure.text", facts.name(), facts.year(), Phrases.amount(b.total()),
                Phrases.amount(b.basic()), phrases.share(b.basicShare()),
                Phrases.amount(b.project()), phrases.share(b.projectShare()));
        return Section.of("part-2-3", phrases.text("expenditure.heading"), List.of(text));
    }
}
