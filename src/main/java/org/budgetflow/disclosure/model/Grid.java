package org.budgetflow.disclosure.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed grid: a header tree over leaf columns, and rows. A renderer lays out {@link #headerRows()} as the
 * header, then prints each row's cell for each of {@link #columns()}.
 */
public record Grid(List<HeaderNode> header, List<Row> rows) {
    public Grid {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The leaf columns, left to right. */
    public List<Column> columns() {
        List<Column> out = new ArrayList<>();
        for (HeaderNode node : header) {
            out.addAll(node.leaves());
        }
        return out;
    }

    /** The amount columns, left to right (the disclosure-v1 {@code columns} list). */
    public List<Column> amountColumns() {
        return columns().stream().filter(Column::isAmount).toList();
    }

    /** The number of header rows (the depth of the deepest header branch). */
    public int headerDepth() {
        int depth = 0;
        for (HeaderNode node : header) {
            depth = Math.max(depth, node.depth());
        }
        return depth;
    }

    /**
     * The header as printed rows of cells, top to bottom. A group cell spans its leaves; a leaf cell spans down to the
     * last header row. Each header row lists its cells left to right (cells covered by a row span from above are
     * not repeated).
     */
    public List<List<HeaderCell>> headerRows() {
        int depth = headerDepth();
        List<List<HeaderCell>> out = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            out.add(new ArrayList<>());
        }
        for (HeaderNode node : header) {
            place(node, 0, depth, out);
        }
        return out.stream().map(List::copyOf).toList();
    }

    private static void place(HeaderNode node, int level, int depth, List<List<HeaderCell>> out) {
        if (node.isLeaf()) {
            out.get(level).add(new HeaderCell(node.label(), 1, depth - level, node.column()));
            return;
        }
        out.get(level).add(new HeaderCell(node.label(), node.leaves().size(), 1, null));
        for (HeaderNode child : node.children()) {
            place(child, level + 1, depth, out);
        }
    }

    /** The rows of one type, in order. */
    public List<Row> rows(RowType type) {
        return rows.stream().filter(r -> r.type() == type).toList();
    }
}
