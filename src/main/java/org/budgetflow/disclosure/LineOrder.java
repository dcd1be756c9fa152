package org.budgetflow.disclosure;

import java.util.Comparator;
import java.util.List;

import org.budgetflow.budget.Line;

/**
 * The order in which rows derived from lines are printed. The published template lists the rows of tables 06, 07
 * and 11 in the order in which they first appear when the lines are taken by 7-digit function code, and in
 * declaration order within one function code (a stable sort by function code). Function rows (03, 05, 09, 10) are
 * in function-code order, which is the same rule. This reproduces the worked example (e.g. 30113 住房公积金, the only
 * line of 221 02 01, comes after every 212 row in tables 06 and 07 although it is declared before them).
 */
final class LineOrder {
    private static final Comparator<Line> BY_FUNCTION_CODE =
            Comparator.comparing(l -> l.functionCode() == null ? "" : l.functionCode());

    private LineOrder() {
    }

    /** The lines stably sorted by function code. */
    static List<Line> byFunctionCode(List<Line> lines) {
        return lines.stream().sorted(BY_FUNCTION_CODE).toList();
    }
}
