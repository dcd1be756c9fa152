package org.budgetflow.disclosure.render.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.Amounts;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderCell;
import org.budgetflow.disclosure.model.Row;

/**
 * A grid as an HTML table: the header tree as merged header cells (colspan/rowspan from {@link Grid#headerRows()}),
 * then one body row per model row, amounts right-aligned with two decimals, empty cells empty.
 */
final class GridMarkup {

    void write(Markup m, Grid grid) {
        List<Column> columns = grid.columns();
        m.open("table", "class", "grid");
        colgroup(m, columns.stream().map(ColumnWidths::weight).toList());
        m.open("thead");
        for (List<HeaderCell> row : grid.headerRows()) {
            m.open("tr");
            for (HeaderCell cell : row) {
                headerCell(m, cell, 0);
            }
            m.close("tr");
        }
        m.close("thead").open("tbody");
        for (Row row : grid.rows()) {
            m.open("tr", "class", rowClass(row));
            for (Column column : columns) {
                cell(m, row, column);
            }
            m.close("tr").newline();
        }
        m.close("tbody").close("table");
    }

    static void colgroup(Markup m, List<Double> weights) {
        m.open("colgroup");
        for (String width : ColumnWidths.percentages(weights)) {
            m.empty("col", "style", width);
        }
        m.close("colgroup");
    }

    /** A header cell; {@code extraRows} lengthens a leaf cell (a balance table side with a shallower header). */
    static void headerCell(Markup m, HeaderCell cell, int extraRows) {
        boolean leaf = cell.column() != null;
        int rowSpan = cell.rowSpan() + (leaf ? extraRows : 0);
        m.element("th", cell.label(),
                "colspan", cell.colSpan() > 1 ? Integer.toString(cell.colSpan()) : null,
                "rowspan", rowSpan > 1 ? Integer.toString(rowSpan) : null,
                "scope", leaf ? "col" : "colgroup",
                "data-column", leaf ? cell.column().id() : null);
    }

    /** A body cell, classed by its column (num, code, text) and by its row's type (t-total, t-unit, …). */
    static void cell(Markup m, Row row, Column column) {
        Object value = row.cell(column);
        String text = value instanceof BigDecimal amount ? Amounts.format(amount) : (String) value;
        m.element("td", text, "class", ColumnWidths.cellClass(column) + " t-" + row.type().key());
    }

    /** Empty cells for the columns of a side that has no row here. */
    static void blanks(Markup m, List<Column> columns) {
        for (Column column : columns) {
            m.element("td", null, "class", ColumnWidths.cellClass(column));
        }
    }

    static String rowClass(Row row) {
        return "row-" + row.type().key();
    }

    static List<Double> weights(List<Column> columns) {
        List<Double> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(ColumnWidths.weight(c));
        }
        return out;
    }
}
