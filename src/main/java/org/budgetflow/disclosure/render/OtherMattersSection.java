package org.budgetflow.disclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/**
 * 十、其他重要事项情况说明: (一) 机构运转经费, (二) 政府采购, (三) 绩效目标设置情况, (四) 国有资产占用情况,
 * (五) 专项转移支付项目情况.
 */
final class OtherMattersSection {
    private final Phrases phrases;

    OtherMattersSection(Phrases phrases) {
        this.phrases = phrases;
    }

    Section write(NarrativeFacts facts) {
        return new Section("part-2-10", phrases.text("other.heading"), List.of(), List.of(
                operatingCosts(facts), procurement(facts), performance(facts), assets(facts),
                specialTransfers(facts)));
    }

    private Section operatingCosts(NarrativeFacts facts) {
        Narrative.OperatingCosts c = facts.figures().operatingCosts();
        return Section.of("part-2-10-1", phrases.text("operatingCosts.heading"), List.of(
                phrases.text("operatingCosts.text", facts.name(), facts.year(), c.printedTitle(),
                        Phrases.amount(c.total()), c.explanation())));
    }

    private Section procurement(NarrativeFacts facts) {
        Narrative.Procurement p = facts.figures().procurement();
        String text = p.total() == null
                ? phrases.text("procurement.none", facts.name(), facts.year())
                : phrases.text("procurement.text", facts.name(), facts.year(), Phrases.amount(p.total()),
                        Phrases.amount(p.goods()), Phrases.amount(p.works()), Phrases.amount(p.services()));
        return Section.of("part-2-10-2", phrases.text("procurement.heading"), List.of(text));
    }

    private Section performance(NarrativeFacts facts) {
        Narrative.PerformanceTargets p = facts.figures().performanceTargets();
        List<String> paragraphs = new ArrayList<>();
        if (p.projectCount() == 0) {
            paragraphs.add(phrases.text("performance.none", facts.name(), facts.year()));
        } else {
            paragraphs.add(phrases.text("performance.method", facts.name(), facts.year()));
            String scope = phrases.text("performance.scope", facts.name(), facts.year(),
                    Phrases.amount(p.projectAmount()), p.projectCount());
            if (!p.keyProjects().isEmpty()) {
                scope += phrases.text("performance.keyProjects",
                        String.join(phrases.text("performance.keyProjects.separator"), p.keyProjects()),
                        p.keyProjects().size());
            }
            paragraphs.add(scope);
        }
        return Section.of("part-2-10-3", phrases.text("performance.heading"), paragraphs);
    }

    private Section assets(NarrativeFacts facts) {
        Narrative.Assets a = facts.figures().assets();
        String asOf = a.asOf() == null || a.asOf().isBlank()
                ? phrases.text("assets.asOf", facts.priorYear()) : a.asOf().strip();
        boolean stated = a.vehicles() != null || a.generalEquipmentOver500k() != null
                || a.specialEquipmentOver1m() != null;
        String text = !stated
                ? phrases.text("assets.none", asOf, facts.name())
                : phrases.text("assets.text", asOf, facts.name(), n(a.vehicles()), n(a.generalOfficial()),
                        n(a.lawEnforcement()), n(a.specialTechnical()), n(a.other()),
                        a.otherNote() == null || a.otherNote().isBlank()
                                ? "" : phrases.text("assets.otherNote", a.otherNote().strip()),
                        n(a.generalEquipmentOver500k()), n(a.specialEquipmentOver1m()));
        return Section.of("part-2-10-4", phrases.text("assets.heading"), List.of(text));
    }

    private Section specialTransfers(NarrativeFacts facts) {
        return Section.of("part-2-10-5", phrases.text("specialTransfer.heading"), List.of(
                phrases.text("specialTransfer.text", facts.name(), facts.figures().specialTransferPayments())));
    }

    private static int n(Integer count) {
        return count == null ? 0 : count;
    }
}
