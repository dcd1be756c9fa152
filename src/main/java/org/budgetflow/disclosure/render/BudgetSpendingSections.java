package org.budgetflow.disclosure.render;

import java.util.List;

import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/**
 * 五、一般公共预算支出, 六、一般公共预算基本支出, 八、政府性基金支出 and 九、国有资本经营支出 预算情况说明: the total split
 * into its parts with their shares, or the statement that the budget has no such expenditure.
 */
final class BudgetSpendingSections {
    private final Phrases phrases;

    BudgetSpendingSections(Phrases phrases) {
        this.phrases = phrases;
    }

    Section generalPublicBudget(NarrativeFacts facts) {
        Narrative.Breakdown b = facts.figures().generalPublicBudget();
        String text = b.total().signum() == 0
                ? phrases.text("generalPublicBudget.none", facts.name(), facts.year())
                : breakdown("generalPublicBudget.text", facts, b);
        return Section.of("part-2-5", phrases.text("generalPublicBudget.heading"), List.of(text));
    }

    Section basic(NarrativeFacts facts) {
        Narrative.BasicBreakdown b = facts.figures().generalPublicBudgetBasic();
        String text = b.total().signum() == 0
                ? phrases.text("basic.none", facts.name(), facts.year())
                : phrases.text("basic.text", facts.name(), facts.year(), Phrases.amount(b.total()),
                        Phrases.amount(b.personnel()), phrases.share(b.personnelShare()),
                        Phrases.amount(b.publicOffice()), phrases.share(b.publicOfficeShare()));
        return Section.of("part-2-6", phrases.text("basic.heading"), List.of(text));
    }

    Section governmentFund(NarrativeFacts facts) {
        return spending("part-2-8", "governmentFund", facts, facts.figures().governmentFund());
    }

    Section stateCapital(NarrativeFacts facts) {
        return spending("part-2-9", "stateCapital", facts, facts.figures().stateCapital());
    }

    private Section spending(String id, String key, NarrativeFacts facts, Narrative.Spending spending) {
        String text = spending.none()
                ? phrases.text("spending.none", facts.name(), spending.noneStatement())
                : breakdown(key + ".text", facts, spending.breakdown());
        return Section.of(id, phrases.text(key + ".heading"), List.of(text));
    }

    private String breakdown(String key, NarrativeFacts facts, Narrative.Breakdown b) {
        return phrases.text(key, facts.name(), facts.year(), Phrases.amount(b.total()),
                Phrases.amount(b.basic()), phrases.share(b.basicShare()),
                Phrases.amount(b.project()), phrases.share(b.projectShare()));
    }
}
