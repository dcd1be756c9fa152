package org.budgetflow.disclosure.render.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;

/** Writes a grid's rows below its header: text cells as strings, amounts as numbers, empty cells blank. */
final class GridRows {
    private GridRows() {
    }

    /** Rows printed in bold: totals, sections and the department. */
    static boolean emphasised(RowType type) {
        return type == RowType.TOTAL || type == RowType.SECTION || type == RowType.DEPARTMENT;
    }

    /** Writes row {@code i} of the grid at sheet row {@code r}, starting at column {@code left}. */
    static void write(SheetPen pen, Grid grid, Row row, int r, int left) {
        boolean bold = emphasised(row.type());
        List<Column> columns = grid.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.isAmount()) {
                BigDecimal value = row.amount(column);
                pen.amount(r, left + c, value, bold ? pen.styles.amountBold : pen.styles.amount);
            } else {
                String value = row.text(column);
                pen.text(r, left + c, value, pen.styles.text(value, bold));
            }
        }
    }

    /** The number of text columns before the first amount column (the columns frozen beside the amounts). */
    static int leadingTextColumns(Grid grid) {
        int n = 0;
        for (Column c : grid.columns()) {
            if (c.isAmount()) {
                break;
            }
            n++;
        }
        return n;
    }
}
