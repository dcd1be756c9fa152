package org.budgetflow.disclosure.render.xlsx;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.NarrativeText;

/**
 * The sheet "公开说明": the narrative as printed (第一部分 概况, 第二部分 情况说明, 第三部分 名词解释), one paragraph per
 * row, wrapped in one wide column; part titles and section headings in bold.
 */
final class NarrativeTextSheet {
    static final String NAME = "公开说明";
    static final int COLUMNS = 1;
    /** Width of the text column in characters: about a printed line. */
    private static final int WIDTH = 90;

    private NarrativeTextSheet() {
    }

    static void write(SheetPen pen, Disclosure disclosure, NarrativeText text) {
        XlsxStyles s = pen.styles;
        pen.measure(0, WIDTH, WIDTH);
        pen.row(0).setHeightInPoints(28);
        pen.cell(0, 0, s.title).setCellValue(disclosure.year() + "年" + disclosure.department().displayName()
                + "部门预算公开");
        int r = 2;
        for (NarrativeText.Part part : text.parts()) {
            pen.cell(r++, 0, s.section).setCellValue(join(part.label(), part.title()));
            for (NarrativeText.Section section : part.sections()) {
                r = section(pen, r, section);
            }
            r++;
        }
        pen.printSetup(false, 1);
        pen.finish();
    }

    private static int section(SheetPen pen, int r, NarrativeText.Section section) {
        XlsxStyles s = pen.styles;
        if (section.heading() != null && !section.heading().isBlank()) {
            pen.cell(r++, 0, s.section).setCellValue(section.heading());
        }
        for (String paragraph : section.paragraphs()) {
            pen.wrappedAcross(r++, 0, 0, paragraph, FormulaText.looksLikeFormula(paragraph) ? s.noteQuoted : s.note);
        }
        for (NarrativeText.Section sub : section.subsections()) {
            r = section(pen, r, sub);
        }
        return r;
    }

    private static String join(String label, String title) {
        if (label == null || label.isBlank()) {
            return title;
        }
        return title == null || title.isBlank() ? label : label + " " + title;
    }
}
