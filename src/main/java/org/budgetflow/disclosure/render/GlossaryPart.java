package org.budgetflow.disclosure.render;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.disclosure.render.NarrativeText.Part;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/** 第三部分 名词解释: the template's definitions, then the line that introduces the tables (附件). */
final class GlossaryPart {
    private final Phrases phrases;

    GlossaryPart(Phrases phrases) {
        this.phrases = phrases;
    }

    Part write(NarrativeFacts facts) {
        int count = Integer.parseInt(phrases.text("glossary.count"));
        List<String> terms = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            terms.add(phrases.text("glossary." + i));
        }
        return new Part("part-3", phrases.text("part.3.label"), phrases.text("part.3.title"), List.of(
                Section.of("part-3-1", null, terms),
                Section.of("part-3-2", null,
                        List.of(phrases.text("glossary.attachment", facts.year(), facts.name())))));
    }
}
