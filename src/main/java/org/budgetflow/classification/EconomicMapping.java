package org.budgetflow.classification;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.budgetflow.budget.UnitKind;

/**
 * The rules 部门预算支出经济分类款 → 政府预算支出经济分类款 for one budget year, by unit kind (guide §3.4). The 基本建设
 * distinction is in the codes themselves (309xx/311xx are 基本建设 and map to 504xx / 50602 / 50802). Several allowed
 * 政府经济款 per pair are possible (30107 绩效工资 in a 行政单位: 50101 or 50501). Immutable.
 */
public final class EconomicMapping {
    private final int year;
    private final Map<UnitKind, Map<String, List<String>>> allowed;

    /** @param allowed per unit kind: 部门经济款 → the allowed 政府经济款 */
    public EconomicMapping(int year, Map<UnitKind, ? extends Map<String, ? extends Set<String>>> allowed) {
        this.year = year;
        Map<UnitKind, Map<String, List<String>>> copy = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            copy.put(kind, new HashMap<>());
        }
        allowed.forEach((kind, rules) -> rules.forEach(
                (dept, govs) -> copy.get(kind).put(dept, List.copyOf(new TreeSet<>(govs)))));
        this.allowed = copy;
    }

    public int year() {
        return year;
    }

    /** Whether the pair is allowed for the unit kind, with the allowed codes for a message. */
    public MappingResult check(String deptEconCode, String govEconCode, UnitKind unitKind) {
        List<String> govs = allowed(deptEconCode, unitKind);
        if (govs.isEmpty()) {
            return new MappingResult(MappingVerdict.NOT_COVERED, List.of());
        }
        return new MappingResult(govs.contains(govEconCode) ? MappingVerdict.ALLOWED : MappingVerdict.NOT_ALLOWED,
                govs);
    }

    /** The allowed 政府经济款 for a 部门经济款 in a unit of this kind, sorted; empty when no rule covers it. */
    public List<String> allowed(String deptEconCode, UnitKind unitKind) {
        if (deptEconCode == null || unitKind == null) {
            return List.of();
        }
        return allowed.get(unitKind).getOrDefault(deptEconCode, List.of());
    }

    /** True when some rule covers the 部门经济款 for the unit kind. */
    public boolean covers(String deptEconCode, UnitKind unitKind) {
        return !allowed(deptEconCode, unitKind).isEmpty();
    }

    /** Number of (unit kind, 部门经济款) pairs with rules. */
    public int size() {
        return allowed.values().stream().mapToInt(Map::size).sum();
    }
}
