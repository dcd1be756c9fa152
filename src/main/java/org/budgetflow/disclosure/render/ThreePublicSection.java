package org.budgetflow.disclosure.render;

import java.util.List;

import org.budgetflow.disclosure.model.Change;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.Narrative.Compared;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/**
 * 七、一般公共预算“三公”经费支出预算情况说明: the total and each component (因公出国（境）费, 公务接待费,
 * 公务用车购置及运行费 with 购置费 and 运行维护费), each compared with last year when last year's figure is stated.
 */
final class ThreePublicSection {
    private final Phrases phrases;

    ThreePublicSection(Phrases phrases) {
        this.phrases = phrases;
    }

    Section write(NarrativeFacts facts) {
        Narrative.ThreePublic t = facts.figures().threePublic();
        String total = comparison(t.total(), facts) == null
                ? phrases.text("threePublic.total", facts.name(), facts.year(), Phrases.amount(t.total().amount()))
                : phrases.text("threePublic.total.compared", facts.name(), facts.year(),
                Phrases.amount(t.total().amount()), comparison(t.total(), facts));
        String vehicles = phrases.text("threePublic.vehicles", Phrases.amount(t.vehicles()),
                component("threePublic.vehiclePurchase", t.vehiclePurchase(), facts),
                component("threePublic.vehicleOperation", t.vehicleOperation(), facts));
        return Section.of("part-2-7", phrases.text("threePublic.heading"), List.of(
                total,
                phrases.text("threePublic.details"),
                component("threePublic.abroad", t.abroad(), facts),
                component("threePublic.reception", t.reception(), facts),
                vehicles));
    }

    private String component(String key, Compared figure, NarrativeFacts facts) {
        String comparison = comparison(figure, facts);
        String amount = Phrases.amount(figure.amount());
        return comparison == null ? phrases.text(key, amount) : phrases.text(key + ".compared", amount, comparison);
    }

    /** "预算数与2022年相比保持一致" / "预算数比2022年增加…，主要原因：…"; null when last year is not stated. */
    private String comparison(Compared figure, NarrativeFacts facts) {
        Change change = figure.change();
        if (change == null) {
            return null;
        }
        return change.unchanged()
                ? phrases.text("threePublic.comparison.unchanged", facts.priorYear())
                : phrases.text("threePublic.comparison.changed", facts.priorYear(), phrases.changeWithReason(change));
    }
}
