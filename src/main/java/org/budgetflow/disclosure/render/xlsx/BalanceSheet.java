package org.budgetflow.disclosure.render.xlsx;

import java.util.List;

import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.Row;

/**
 * A two-sided table (01, 04): the income grid with the expenditure grid to its right, as printed. The sides share
 * the header rows (the shallower header is stretched down) and are filled row by row independently.
 */
final class BalanceSheet {
    private BalanceSheet() {
    }

    static void write(SheetPen pen, BalanceTable table, Disclosure disclosure) {
        Grid income = table.income();
        Grid expenditure = table.expenditure();
        int right = income.columns().size();
        TitleBlock.write(pen, table, disclosure, true);
        int top = TitleBlock.ROWS;
        int depth = Math.max(income.headerDepth(), expenditure.headerDepth());
        HeaderLayout.write(pen, income, depth, top, 0);
        HeaderLayout.write(pen, expenditure, depth, top, right);
        int first = top + depth;
        side(pen, income, first, 0);
        side(pen, expenditure, first, right);
        int rows = Math.max(income.rows().size(), expenditure.rows().size());
        pad(pen, income, first, rows, 0);
        pad(pen, expenditure, first, rows, right);
        pen.sheet.createFreezePane(0, first);
        pen.printSetup(pen.columns() > 7, first - 1);
        pen.finish();
    }

    private static void side(SheetPen pen, Grid grid, int first, int left) {
        List<Row> rows = grid.rows();
        for (int i = 0; i < rows.size(); i++) {
            GridRows.write(pen, grid, rows.get(i), first + i, left);
        }
    }

    /** Gives the rows below a shorter side bordered blank cells, so the table is drawn as one block. */
    private static void pad(SheetPen pen, Grid grid, int first, int rows, int left) {
        List<Column> columns = grid.columns();
        for (int i = grid.rows().size(); i < rows; i++) {
            for (int c = 0; c < columns.size(); c++) {
                pen.cell(first + i, left + c, columns.get(c).isAmount() ? pen.styles.amount : pen.styles.text);
            }
        }
    }

    static int columns(BalanceTable table) {
        return table.income().columns().size() + table.expenditure().columns().size();
    }
}
