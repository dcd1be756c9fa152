package org.budgetflow.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Line;

/**
 * Groups lines by (部门经济分类, 政府经济分类) pair in order of first appearance (lines in {@link LineOrder}).
 * The pair key is "deptEconCode/govEconCode", the identity code of an econ row.
 */
final class EconomicPairs {
    private EconomicPairs() {
    }

    static Map<String, List<Line>> of(List<Line> orderedLines) {
        Map<String, List<Line>> pairs = new LinkedHashMap<>();
        for (Line line : orderedLines) {
            pairs.computeIfAbsent(key(line.deptEconCode(), line.govEconCode()), k -> new ArrayList<>()).add(line);
        }
        return pairs;
    }

    static String key(String deptEconCode, String govEconCode) {
        return nullToEmpty(deptEconCode) + "/" + nullToEmpty(govEconCode);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
