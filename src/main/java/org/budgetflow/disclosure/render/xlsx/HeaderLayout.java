package org.budgetflow.disclosure.render.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderCell;

/**
 * Places a grid's printed header ({@link Grid#headerRows()}) on sheet positions: each cell goes to the first column of
 * its header row not yet covered by a cell spanning down from above. A header shallower than {@code depth} rows (the
 * shorter side of a two-sided table) has its bottom cells stretched down to the last header row.
 */
final class HeaderLayout {
    /** A header cell at (row, column) relative to the header's top-left corner. */
    record Placed(String label, int row, int column, int rowSpan, int colSpan) {
    }

    private HeaderLayout() {
    }

    static List<Placed> place(Grid grid, int depth) {
        List<List<HeaderCell>> rows = grid.headerRows();
        int own = rows.size();
        if (depth < own) {
            throw new IllegalArgumentException("depth " + depth + " is less than the header's " + own + " rows");
        }
        int width = grid.columns().size();
        boolean[][] covered = new boolean[depth][width];
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < own; r++) {
            int c = 0;
            for (HeaderCell cell : rows.get(r)) {
                while (c < width && covered[r][c]) {
                    c++;
                }
                int rowSpan = r + cell.rowSpan() == own ? depth - r : cell.rowSpan();
                for (int i = r; i < r + rowSpan; i++) {
                    for (int j = c; j < c + cell.colSpan() && j < width; j++) {
                        covered[i][j] = true;
                    }
                }
                out.add(new Placed(cell.label(), r, c, rowSpan, cell.colSpan()));
                c += cell.colSpan();
            }
        }
        return out;
    }

    /** Writes the placed header at (top, left) and merges the spanning cells. */
    static void write(SheetPen pen, Grid grid, int depth, int top, int left) {
        for (Placed p : place(grid, depth)) {
            int r = top + p.row();
            int c = left + p.column();
            pen.header(r, c, p.label(), p.colSpan() == 1);
            pen.merge(r, r + p.rowSpan() - 1, c, c + p.colSpan() - 1, pen.styles.header);
            if (p.rowSpan() == 1) {
                pen.fitHeight(r, c, c + p.colSpan() - 1, p.label());
            }
        }
    }
}
