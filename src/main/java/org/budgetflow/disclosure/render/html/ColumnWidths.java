package org.budgetflow.disclosure.render.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.budgetflow.disclosure.model.Column;

/**
 * Relative widths of a table's leaf columns, as percentages for {@code <col>}: an amount column is one share, a
 * code part (类, 款, 项) about half of one, a code one, a name or caption between two and three.
 */
final class ColumnWidths {
    private static final Set<String> CODE_PARTS = Set.of("类", "款", "项", "deptEconClass", "deptEconItem",
            "govEconClass", "govEconItem");
    private static final Set<String> CODES = Set.of("code", "unitCode", "deptEconCode", "govEconCode", "类型");
    private static final Set<String> NAMES = Set.of("name", "item", "deptEconName", "govEconName", "项目名称");

    private ColumnWidths() {
    }

    static double weight(Column column) {
        if (column.isAmount()) {
            return 1.0;
        }
        if (CODE_PARTS.contains(column.id())) {
            return 0.55;
        }
        if (CODES.contains(column.id())) {
            return 1.1;
        }
        if (NAMES.contains(column.id())) {
            return 2.6;
        }
        return 2.0;
    }

    /** The CSS class of a body cell of this column: num, code or text. */
    static String cellClass(Column column) {
        if (column.isAmount()) {
            return "num";
        }
        return CODE_PARTS.contains(column.id()) || CODES.contains(column.id()) ? "code" : "text";
    }

    /** Percent widths of the columns, summing to 100. */
    static List<String> percentages(List<Double> weights) {
        double weightSum = weights.stream().mapToDouble(Double::doubleValue).sum();
        return weights.stream().map(w -> String.format(Locale.ROOT, "width:%.2f%%", 100.0 * w / weightSum)).toList();
    }
}
