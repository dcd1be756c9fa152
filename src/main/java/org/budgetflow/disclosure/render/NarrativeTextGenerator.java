package org.budgetflow.disclosure.render;

import java.util.List;
import java.util.Objects;

import org.budgetflow.budget.Budget;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.NarrativeText.Part;

/**
 * Writes the narrative text of a disclosure in the template's wording: 第一部分 概况 from the department's duties and
 * composition, 第二部分 情况说明 sections 一 to 十 from the disclosure's key figures (and the department's own reasons
 * for changes), 第三部分 名词解释 from the template. Pure: the same input gives the same text.
 */
public final class NarrativeTextGenerator {
    private final Phrases phrases;

    public NarrativeTextGenerator(NarrativeTemplate template) {
        this.phrases = new Phrases(Objects.requireNonNull(template, "template"));
    }

    /** With the bundled template wording. */
    public NarrativeTextGenerator() {
        this(NarrativeTemplate.loadDefault());
    }

    /**
     * @param budget     the budget the disclosure was generated from (for the department's duties, composition and
     *                   the prior-year's year)
     * @param disclosure its disclosure
     */
    public NarrativeText generate(Budget budget, Disclosure disclosure) {
        Integer prior = budget.priorYear().year();
        NarrativeFacts facts = new NarrativeFacts(disclosure.department().displayName(), disclosure.year(),
                prior == null ? disclosure.year() - 1 : prior, disclosure.narrative(), budget.department(),
                disclosure.units());
        return new NarrativeText(List.of(
                new OverviewPart(phrases).write(facts),
                explanation(facts),
                new GlossaryPart(phrases).write(facts)));
    }

    private Part explanation(NarrativeFacts facts) {
        OverallSections overall = new OverallSections(phrases);
        BudgetSpendingSections spending = new BudgetSpendingSections(phrases);
        return new Part("part-2", phrases.text("part.2.label"),
                phrases.text("part.2.title", facts.year(), facts.name()), List.of(
                overall.totals(facts),
                overall.income(facts),
                overall.expenditure(facts),
                new FiscalSection(phrases).write(facts),
                spending.generalPublicBudget(facts),
                spending.basic(facts),
                new ThreePublicSection(phrases).write(facts),
                spending.governmentFund(facts),
                spending.stateCapital(facts),
                new OtherMattersSection(phrases).write(facts)));
    }
}
