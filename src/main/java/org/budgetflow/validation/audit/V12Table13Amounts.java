package org.budgetflow.validation.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.validation.Findings;

/** V12 表13: per project (and unit) 资金总额 = 政府预算资金 + 财政专户 + 单位资金; unit row = Σ its projects; 合计 = Σ units. */
public final class V12Table13Amounts implements DisclosureRule {
    private static final List<String> PARTS = List.of(Columns.T13_GOVERNMENT, Columns.T13_SPECIAL, Columns.T13_UNIT);
    private static final List<String> COLUMNS = List.of(Columns.T13_TOTAL, Columns.T13_GOVERNMENT,
            Columns.T13_SPECIAL, Columns.T13_UNIT);

    @Override
    public String id() {
        return "V12";
    }

    @Override
    public String title() {
        return "表13 资金总额等于各资金来源之和，单位行等于其项目之和，合计等于单位之和";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table13 t = d.table13();
        checkParts(f, t.total(), Table13.TOTAL_LOCATION, "表13 合计");
        Map<String, List<TableRow>> projectsByUnit = new HashMap<>();
        for (TableRow project : t.projects()) {
            checkParts(f, project.values(), project.location(), "表13 项目“" + project.name() + "”");
            projectsByUnit.computeIfAbsent(project.field("unitCode"), k -> new ArrayList<>()).add(project);
        }
        for (TableRow unit : t.units()) {
            checkParts(f, unit.values(), unit.location(), "表13 单位 " + unit.label());
            List<TableRow> projects = projectsByUnit.getOrDefault(unit.code(), List.of());
            for (String column : COLUMNS) {
                Check.equal(f, id(), unit.at(column), "表13 单位 " + unit.label() + " " + column, unit.get(column),
                        "其项目之和", Check.sum(projects, column), projects.size());
            }
        }
        if (!t.units().isEmpty()) {
            for (String column : COLUMNS) {
                Check.equal(f, id(), Table13.totalAt(column), "表13 合计 " + column, t.total().get(column),
                        "各单位之和", Check.sum(t.units(), column), t.units().size());
            }
        } else if (!t.projects().isEmpty()) {
            for (String column : COLUMNS) {
                Check.equal(f, id(), Table13.totalAt(column), "表13 合计 " + column, t.total().get(column),
                        "各项目之和", Check.sum(t.projects(), column), t.projects().size());
            }
        }
    }

    private void checkParts(Findings f, Values v, String location, String name) {
        Check.equal(f, id(), location + "." + Columns.T13_TOTAL, name + " 资金总额", v.get(Columns.T13_TOTAL),
                "政府预算资金 + 财政专户管理资金 + 单位资金 = " + Check.plus(v.get(Columns.T13_GOVERNMENT),
                        v.get(Columns.T13_SPECIAL), v.get(Columns.T13_UNIT)) + " =",
                Check.sum(v, PARTS), PARTS.size());
    }
}
