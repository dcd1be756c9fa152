package org.budgetflow.disclosure.render.xlsx;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTable;

/**
 * The lines printed above every table: the table number ("预算01表"), the title across the table, and the line
 * "部门名称：…" with "单位：万元" at the right.
 */
final class TitleBlock {
    /** Rows used by the block; the table's header starts on this row. */
    static final int ROWS = 3;

    private TitleBlock() {
    }

    static void write(SheetPen pen, DisclosureTable table, Disclosure disclosure, boolean withUnit) {
        int last = pen.columns() - 1;
        pen.text(0, 0, table.number(), pen.styles.number);
        pen.row(1).setHeightInPoints(28);
        pen.cell(1, 0, pen.styles.title).setCellValue(table.title());
        pen.merge(1, 1, 0, last, pen.styles.title);
        String department = "部门名称：" + disclosure.department().displayName();
        pen.cell(2, 0, pen.styles.info).setCellValue(department);
        if (withUnit && last > 0) {
            pen.merge(2, 2, 0, last - 1, pen.styles.info);
            pen.cell(2, last, pen.styles.infoRight).setCellValue("单位：" + disclosure.amountUnit());
        } else {
            pen.merge(2, 2, 0, last, pen.styles.info);
        }
    }
}
