package org.budgetflow.disclosure.render.html;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderCell;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;

/**
 * Tables 01 and 04: the income grid printed beside the expenditure grid in one table. Each side's closing block of
 * total and balance rows (本年收入合计 / 上年结转结余 / 收入总计 beside 本年支出合计 / 年终结转结余 / 支出总计) is
 * aligned at the bottom, with empty cells where one side has fewer rows, as the template prints it.
 */
final class BalanceTableMarkup {

    void write(Markup m, BalanceTable table) {
        Grid income = table.income();
        Grid expenditure = table.expenditure();
        List<Column> incomeColumns = income.columns();
        List<Column> expenditureColumns = expenditure.columns();
        List<Double> weights = new ArrayList<>(GridMarkup.weights(incomeColumns));
        weights.addAll(GridMarkup.weights(expenditureColumns));

        m.open("table", "class", "grid balance");
        GridMarkup.colgroup(m, weights);
        m.open("thead");
        int depth = Math.max(income.headerDepth(), expenditure.headerDepth());
        List<List<HeaderCell>> incomeHeader = income.headerRows();
        List<List<HeaderCell>> expenditureHeader = expenditure.headerRows();
        for (int level = 0; level < depth; level++) {
            m.open("tr");
            side(m, incomeHeader, level, depth - income.headerDepth());
            side(m, expenditureHeader, level, depth - expenditure.headerDepth());
            m.close("tr");
        }
        m.close("thead").open("tbody");
        List<Row> left = aligned(income.rows(), expenditure.rows());
        List<Row> right = aligned(expenditure.rows(), income.rows());
        for (int i = 0; i < left.size(); i++) {
            Row l = left.get(i);
            Row r = right.get(i);
            m.open("tr", "class", rowClass(l, r));
            cells(m, l, incomeColumns);
            cells(m, r, expenditureColumns);
            m.close("tr").newline();
        }
        m.close("tbody").close("table");
    }

    private static void side(Markup m, List<List<HeaderCell>> header, int level, int extraRows) {
        if (level < header.size()) {
            for (HeaderCell cell : header.get(level)) {
                GridMarkup.headerCell(m, cell, extraRows);
            }
        }
    }

    private static void cells(Markup m, Row row, List<Column> columns) {
        if (row == null) {
            GridMarkup.blanks(m, columns);
            return;
        }
        for (Column column : columns) {
            GridMarkup.cell(m, row, column);
        }
    }

    /** The row's class when both sides are of one type (the cells carry each side's own type anyway). */
    private static String rowClass(Row left, Row right) {
        if (left != null && right != null && left.type() == right.type()) {
            return GridMarkup.rowClass(left);
        }
        return null;
    }

    /**
     * The rows of one side padded with nulls to the common length: its body rows, blanks, then its closing block
     * so that both closing blocks end on the last row.
     */
    static List<Row> aligned(List<Row> side, List<Row> other) {
        int closing = closingBlock(side);
        int otherClosing = closingBlock(other);
        int bodies = Math.max(side.size() - closing, other.size() - otherClosing);
        int total = bodies + Math.max(closing, otherClosing);
        List<Row> out = new ArrayList<>(side.subList(0, side.size() - closing));
        while (out.size() < total - closing) {
            out.add(null);
        }
        out.addAll(side.subList(side.size() - closing, side.size()));
        return out;
    }

    /** The number of total and balance rows that close a side. */
    private static int closingBlock(List<Row> rows) {
        int n = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            RowType type = rows.get(i).type();
            if (type != RowType.TOTAL && type != RowType.BALANCE) {
                break;
            }
            n++;
        }
        return n;
    }
}
