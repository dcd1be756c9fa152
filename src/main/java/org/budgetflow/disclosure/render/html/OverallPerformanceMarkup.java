package org.budgetflow.disclosure.render.html;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.Amounts;
import org.budgetflow.disclosure.model.OverallPerformanceTable;
import org.budgetflow.disclosure.model.OverallPerformanceTable.Indicator;
import org.budgetflow.disclosure.model.OverallPerformanceTable.Task;
import org.budgetflow.disclosure.render.NarrativeTemplate;

/**
 * Table 12, 区级部门整体绩效目标表, in five columns: the header block (部门名称, 年度履职目标, 年度主要任务,
 * 预算情况) and the indicator block, where consecutive equal 一级指标 and 二级指标 cells are merged.
 */
final class OverallPerformanceMarkup {
    private static final List<Double> WEIGHTS = List.of(1.3, 1.6, 2.0, 1.3, 5.0);

    private final NarrativeTemplate template;

    OverallPerformanceMarkup(NarrativeTemplate template) {
        this.template = template;
    }

    void write(Markup m, OverallPerformanceTable table) {
        m.open("table", "class", "grid performance-overall");
        GridMarkup.colgroup(m, WEIGHTS);
        m.open("tbody");
        labelled(m, template.text("table12.departmentName"), table.departmentName());
        labelled(m, template.text("table12.annualGoal"), table.annualGoal());
        tasks(m, table.tasks());
        budget(m, table.budget());
        m.close("tbody").close("table").newline();
        // the indicator block is its own table so that its header repeats on every page it runs over
        m.open("table", "class", "grid performance-indicators");
        GridMarkup.colgroup(m, WEIGHTS);
        m.open("thead").open("tr");
        for (String key : List.of("level1", "level2", "level3", "value", "explanation")) {
            m.element("th", template.text("table12." + key), "scope", "col");
        }
        m.close("tr").close("thead").newline().open("tbody");
        indicators(m, table.indicators());
        m.close("tbody").close("table");
    }

    private static void labelled(Markup m, String label, String value) {
        m.open("tr").element("th", label, "scope", "row").element("td", value, "class", "text", "colspan", "4")
                .close("tr").newline();
    }

    private void tasks(Markup m, List<Task> tasks) {
        m.open("tr");
        m.element("th", template.text("table12.tasks"), "scope", "row", "rowspan", Integer.toString(tasks.size() + 1));
        m.element("th", template.text("table12.taskName"), "scope", "col")
                .element("th", template.text("table12.taskContent"), "scope", "col", "colspan", "3");
        m.close("tr").newline();
        for (Task task : tasks) {
            m.open("tr").element("td", task.name(), "class", "text")
                    .element("td", task.content(), "class", "text", "colspan", "3").close("tr").newline();
        }
    }

    private void budget(Markup m, OverallPerformanceTable.BudgetOverview b) {
        String[][] rows = {
                {template.text("table12.budget.total"), amount(b.total())},
                {template.text("table12.budget.government"), amount(b.government())},
                {template.text("table12.budget.specialAccount"), amount(b.specialAccount())},
                {template.text("table12.budget.unitFunds"), amount(b.unitFunds())},
                {template.text("table12.budget.basic"), amount(b.basic())},
                {template.text("table12.budget.project"), amount(b.project())}};
        for (int i = 0; i < rows.length; i++) {
            m.open("tr");
            if (i == 0) {
                m.element("th", template.text("table12.budget"), "scope", "row", "rowspan", Integer.toString(rows.length));
            }
            m.element("td", rows[i][0], "class", "text", "colspan", "2")
                    .element("td", rows[i][1], "class", "num", "colspan", "2");
            m.close("tr").newline();
        }
    }

    private static void indicators(Markup m, List<Indicator> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            m.open("tr");
            if (i == 0 || !same(indicators.get(i - 1).level1(), ind.level1())) {
                int span = run(indicators, i, true);
                m.element("td", ind.level1(), "class", "text", "rowspan", span > 1 ? Integer.toString(span) : null);
            }
            if (i == 0 || !same(indicators.get(i - 1).level1(), ind.level1())
                    || !same(indicators.get(i - 1).level2(), ind.level2())) {
                int span = run(indicators, i, false);
                m.element("td", ind.level2(), "class", "text", "rowspan", span > 1 ? Integer.toString(span) : null);
            }
            m.element("td", ind.level3(), "class", "text").element("td", ind.value(), "class", "text")
                    .element("td", ind.explanation(), "class", "text explanation");
            m.close("tr").newline();
        }
    }

    /** How many indicators from {@code from} share its 一级指标 (and, unless {@code level1Only}, 二级指标). */
    private static int run(List<Indicator> indicators, int from, boolean level1Only) {
        Indicator first = indicators.get(from);
        int n = 1;
        while (from + n < indicators.size()) {
            Indicator next = indicators.get(from + n);
            if (!same(first.level1(), next.level1()) || (!level1Only && !same(first.level2(), next.level2()))) {
                break;
            }
            n++;
        }
        return n;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : Amounts.format(value);
    }
}
