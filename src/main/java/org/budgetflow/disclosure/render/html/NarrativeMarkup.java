package org.budgetflow.disclosure.render.html;

import org.budgetflow.disclosure.render.NarrativeText;
import org.budgetflow.disclosure.render.NarrativeText.Part;
import org.budgetflow.disclosure.render.NarrativeText.Section;

/** The narrative text: each part with its label and title, sections as h3, subsections as h4, paragraphs. */
final class NarrativeMarkup {

    void write(Markup m, NarrativeText text) {
        for (Part part : text.parts()) {
            m.open("section", "class", "part", "id", part.id()).newline();
            m.open("h2", "class", "part-heading")
                    .element("span", part.label(), "class", "part-label")
                    .element("span", part.title(), "class", "part-title")
                    .close("h2").newline();
            for (Section section : part.sections()) {
                section(m, section, 3);
            }
            m.close("section").newline();
        }
    }

    private void section(Markup m, Section section, int level) {
        m.open("section", "class", "narrative-section", "id", section.id());
        if (section.heading() != null) {
            m.element("h" + level, section.heading());
        }
        m.newline();
        for (String paragraph : section.paragraphs()) {
            m.element("p", paragraph).newline();
        }
        for (Section sub : section.subsections()) {
            section(m, sub, Math.min(level + 1, 6));
        }
        m.close("section").newline();
    }
}
