package org.budgetflow.disclosure.render.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.Cell;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Percentage;

/**
 * The sheet "情况说明": the narrative's key figures as two columns (项目, 数值) grouped by section. Amounts are numbers
 * with two decimals, percentages numbers formatted as percentages (rounded half-up to two decimals first, as
 * printed), counts whole numbers, text as text.
 */
final class NarrativeSheet {
    static final String NAME = "情况说明";
    static final int COLUMNS = 2;

    private NarrativeSheet() {
    }

    static void write(SheetPen pen, Disclosure disclosure) {
        XlsxStyles s = pen.styles;
        pen.row(0).setHeightInPoints(28);
        pen.cell(0, 0, s.title).setCellValue(disclosure.year() + "年" + disclosure.department().displayName()
                + "部门预算情况说明");
        pen.merge(0, 0, 0, 1, s.title);
        pen.cell(1, 1, s.infoRight).setCellValue("单位：" + disclosure.amountUnit());
        pen.header(2, 0, "项目", true);
        pen.header(2, 1, "数值", true);
        int r = 3;
        for (NarrativeFigures.Section section : NarrativeFigures.of(disclosure.narrative())) {
            pen.cell(r, 0, s.section).setCellValue(section.title());
            pen.merge(r, r, 0, 1, s.section);
            r++;
            for (NarrativeFigures.Item item : section.items()) {
                pen.text(r, 0, item.label(), s.text(item.label(), false));
                value(pen, r, item.value());
                r++;
            }
        }
        pen.sheet.createFreezePane(0, 3);
        pen.printSetup(false, 2);
        pen.finish();
    }

    private static void value(SheetPen pen, int r, Object value) {
        XlsxStyles s = pen.styles;
        if (value instanceof BigDecimal amount) {
            pen.amount(r, 1, amount, s.amount);
        } else if (value instanceof Percentage p) {
            BigDecimal rounded = p.value().setScale(2, RoundingMode.HALF_UP);
            Cell cell = pen.cell(r, 1, s.percent);
            cell.setCellValue(rounded.movePointLeft(2).doubleValue());
            pen.measure(1, rounded.toPlainString().length() + 2, SheetPen.MAX_WIDTH);
        } else if (value instanceof Integer count) {
            pen.cell(r, 1, s.count).setCellValue(count);
        } else {
            String text = value == null ? null : value.toString();
            pen.text(r, 1, text, s.text(text, false));
        }
    }
}
