package org.budgetflow.disclosure.render.xlsx;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.Table;

/**
 * A one-grid table (02, 03, 05–11): title block, the header merged as printed, the rows, then the printed note
 * (table 08's 注) and the empty-table remark (备注：…故此表无数据) across the table. The header is frozen.
 */
final class TableSheet {
    private TableSheet() {
    }

    static void write(SheetPen pen, Table table, Disclosure disclosure) {
        Grid grid = table.grid();
        int last = pen.columns() - 1;
        TitleBlock.write(pen, table, disclosure, true);
        int top = TitleBlock.ROWS;
        int depth = grid.headerDepth();
        HeaderLayout.write(pen, grid, depth, top, 0);
        int r = top + depth;
        for (Row row : grid.rows()) {
            GridRows.write(pen, grid, row, r++, 0);
        }
        if (table.note() != null) {
            pen.wrappedAcross(r++, 0, last, table.note(), pen.styles.note(table.note()));
        }
        if (table.remark() != null) {
            pen.wrappedAcross(r, 0, last, table.remark(), pen.styles.note(table.remark()));
        }
        pen.sheet.createFreezePane(GridRows.leadingTextColumns(grid), top + depth);
        pen.printSetup(pen.columns() > 7, top + depth - 1);
        pen.finish();
    }

    static int columns(Table table) {
        return table.grid().columns().size();
    }
}
