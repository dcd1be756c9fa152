package org.budgetflow.disclosure.render.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.Funds;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.ProjectTargets;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.Target;
import org.budgetflow.disclosure.render.NarrativeTemplate;

/**
 * Table 13, 区级部门预算项目绩效目标表: the total row, each unit's row followed by its projects. A project spans
 * as many rows as its longest indicator category; each category's indicators run down its column pair
 * (三级指标, 指标值).
 */
final class ProjectPerformanceMarkup {
    private static final List<IndicatorCategory> CATEGORIES = List.of(IndicatorCategory.values());

    private final NarrativeTemplate template;

    ProjectPerformanceMarkup(NarrativeTemplate template) {
        this.template = template;
    }

    void write(Markup m, ProjectPerformanceTable table) {
        List<Double> weights = new ArrayList<>(List.of(2.4, 2.4, 1.0, 1.0, 1.0, 1.0));
        for (int i = 0; i < CATEGORIES.size(); i++) {
            weights.add(1.5);
            weights.add(1.0);
        }
        m.open("table", "class", "grid performance-projects");
        GridMarkup.colgroup(m, weights);
        header(m);
        m.open("tbody");
        fundsRow(m, "total", null, template.text("table.total"), table.total());
        m.close("tbody");
        for (ProjectPerformanceTable.UnitFunds unit : table.units()) {
            m.open("tbody");
            fundsRow(m, "unit", unit.code(), unit.name(), unit.funds());
            m.close("tbody");
            for (ProjectTargets project : table.projectsOf(unit.code())) {
                m.open("tbody", "class", "project");
                project(m, project);
                m.close("tbody");
            }
        }
        m.close("table");
    }

    private void header(Markup m) {
        m.open("thead").open("tr");
        m.element("th", template.text("table13.code"), "rowspan", "3", "scope", "col");
        m.element("th", template.text("table13.name"), "rowspan", "3", "scope", "col");
        m.element("th", template.text("table13.funds"), "colspan", "4", "scope", "colgroup");
        m.element("th", template.text("table13.targets"), "colspan", Integer.toString(2 * CATEGORIES.size()),
                "scope", "colgroup");
        m.close("tr").open("tr");
        for (String key : List.of("total", "government", "specialAccount", "unitFunds")) {
            m.element("th", template.text("table13.funds." + key), "rowspan", "2", "scope", "col");
        }
        for (IndicatorCategory category : CATEGORIES) {
            m.element("th", template.text("table13.category", category.label()), "colspan", "2", "scope", "colgroup");
        }
        m.close("tr").open("tr");
        for (int i = 0; i < CATEGORIES.size(); i++) {
            m.element("th", template.text("table13.indicator"), "scope", "col")
                    .element("th", template.text("table13.value"), "scope", "col");
        }
        m.close("tr").close("thead");
    }

    /** The total or a unit row: its funds, no indicators. */
    private static void fundsRow(Markup m, String type, String code, String name, Funds funds) {
        String t = " t-" + type;
        m.open("tr", "class", "row-" + type);
        m.element("td", code, "class", "code" + t).element("td", name, "class", "text" + t);
        funds(m, funds, 1, t);
        for (int i = 0; i < CATEGORIES.size(); i++) {
            m.element("td", null, "class", "text" + t).element("td", null, "class", "text" + t);
        }
        m.close("tr").newline();
    }

    private static void project(Markup m, ProjectTargets project) {
        int rows = 1;
        for (IndicatorCategory category : CATEGORIES) {
            rows = Math.max(rows, project.indicators(category).size());
        }
        for (int r = 0; r < rows; r++) {
            m.open("tr", "class", r == 0 ? "row-project" : "row-project-continued");
            if (r == 0) {
                String span = rows > 1 ? Integer.toString(rows) : null;
                m.element("td", project.projectCode(), "class", "code", "rowspan", span);
                m.element("td", project.projectName(), "class", "text", "rowspan", span);
                funds(m, project.funds(), rows, "");
            }
            for (IndicatorCategory category : CATEGORIES) {
                List<Target> targets = project.indicators(category);
                Target t = r < targets.size() ? targets.get(r) : null;
                m.element("td", t == null ? null : t.name(), "class", "text");
                m.element("td", t == null ? null : t.value(), "class", "text");
            }
            m.close("tr").newline();
        }
    }

    private static void funds(Markup m, Funds funds, int rows, String typeClass) {
        String span = rows > 1 ? Integer.toString(rows) : null;
        for (BigDecimal v : new BigDecimal[] {funds.total(), funds.government(), funds.specialAccount(),
                funds.unitFunds()}) {
            m.element("td", v == null ? null : Amounts.format(v), "class", "num" + typeClass, "rowspan", span);
        }
    }
}
