package org.budgetflow.disclosure.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node of a grid's header tree: either a leaf that is a {@link Column}, or a group header printed above its
 * children ("基本支出" above "小计", "人员经费", …).
 */
public record HeaderNode(String label, Column column, List<HeaderNode> children) {
    public HeaderNode {
        Objects.requireNonNull(label, "label");
        children = children == null ? List.of() : List.copyOf(children);
        if ((column == null) == children.isEmpty()) {
            throw new IllegalArgumentException("a header node is either a column or a group with children: " + label);
        }
    }

    public static HeaderNode leaf(Column column) {
        return new HeaderNode(column.label(), column, List.of());
    }

    public static HeaderNode group(String label, HeaderNode... children) {
        return new HeaderNode(label, null, List.of(children));
    }

    public static HeaderNode group(String label, List<HeaderNode> children) {
        return new HeaderNode(label, null, children);
    }

    public boolean isLeaf() {
        return column != null;
    }

    /** Levels from this node down to its deepest leaf (1 for a leaf). */
    public int depth() {
        int deepest = 0;
        for (HeaderNode child : children) {
            deepest = Math.max(deepest, child.depth());
        }
        return deepest + 1;
    }

    /** The leaf columns under this node, left to right. */
    public List<Column> leaves() {
        List<Column> out = new ArrayList<>();
        collect(out);
        return out;
    }

    private void collect(List<Column> out) {
        if (isLeaf()) {
            out.add(column);
        } else {
            for (HeaderNode child : children) {
                child.collect(out);
            }
        }
    }
}
