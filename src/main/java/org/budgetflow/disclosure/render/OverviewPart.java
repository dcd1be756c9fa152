package org.budgetflow.disclosure.render;

import java.util.List;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.NarrativeText.Part;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/** 第一部分 概况: 一、主要职责 (the department's duties as given) and 二、预算单位构成情况. */
final class OverviewPart {
    private final Phrases phrases;

    OverviewPart(Phrases phrases) {
        this.phrases = phrases;
    }

    Part write(NarrativeFacts facts) {
        return new Part("part-1", phrases.text("part.1.label"), phrases.text("part.1.title", facts.name()), List.of(
                Section.of("part-1-1", phrases.text("overview.responsibilities.heading"), responsibilities(facts)),
                Section.of("part-1-2", phrases.text("overview.composition.heading"), List.of(composition(facts)))));
    }

    private List<String> responsibilities(NarrativeFacts facts) {
        List<String> given = facts.department().responsibilities().stream()
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        return given.isEmpty() ? List.of(phrases.text("overview.responsibilities.missing")) : given;
    }

    private String composition(NarrativeFacts facts) {
        String stated = facts.department().composition();
        if (stated != null && !stated.isBlank()) {
            return phrases.text("overview.composition.stated", facts.name(), stated.strip());
        }
        List<String> names = facts.units().stream().map(Disclosure.UnitInfo::name).toList();
        return phrases.text("overview.composition.units", facts.name(), names.size(),
                String.join(phrases.text("overview.composition.separator"), names));
    }
}
