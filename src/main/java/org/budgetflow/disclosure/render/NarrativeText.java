package org.budgetflow.disclosure.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The narrative of a disclosure as printed text, format-neutral: three parts (第一部分 概况, 第二部分 情况说明,
 * 第三部分 名词解释), each a list of sections with a heading ("一、主要职责"), paragraphs and subsections
 * ("（一）…"). Renderers (HTML, PDF, XLSX) print it as they see fit; the text is final (figures already formatted).
 */
public record NarrativeText(List<Part> parts) {
    public NarrativeText {
        parts = List.copyOf(parts);
    }

    /**
     * One part of the narrative.
     *
     * @param id    a stable anchor ("part-1")
     * @param label "第一部分"
     * @param title "洛阳市…部门概况"
     */
    public record Part(String id, String label, String title, List<Section> sections) {
        public Part {
            Objects.requireNonNull(id, "id");
            sections = List.copyOf(sections);
        }
    }

    /**
     * A section: a heading (null for a section printed without one), its paragraphs, then its subsections.
     *
     * @param id a stable anchor ("part-2-1")
     */
    public record Section(String id, String heading, List<String> paragraphs, List<Section> subsections) {
        public Section {
            Objects.requireNonNull(id, "id");
            paragraphs = List.copyOf(paragraphs);
            subsections = List.copyOf(subsections);
        }

        public static Section of(String id, String heading, List<String> paragraphs) {
            return new Section(id, heading, paragraphs, List.of());
        }

        /** This section's paragraphs and those of its subsections, headings included, in reading order. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (heading != null) {
                out.add(heading);
            }
            out.addAll(paragraphs);
            for (Section sub : subsections) {
                out.addAll(sub.lines());
            }
            return out;
        }
    }

    /** The part with the given number (1 to 3). */
    public Part part(int number) {
        return parts.get(number - 1);
    }

    /** Every heading and paragraph in reading order (part labels and titles included). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Part part : parts) {
            out.add(part.label());
            out.add(part.title());
            for (Section section : part.sections()) {
                out.addAll(section.lines());
            }
        }
        return out;
    }
}
