package org.budgetflow.validation.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.validation.BudgetContext;

/**
 * Every indicator of a budget with its value parsed once, and every project with its total amount (Σ of its lines,
 * 万元): what the lint rules L1–L10 share. Built once per validation run by {@link IndicatorSheets}.
 */
public final class IndicatorSheet {
    private final int year;
    private final List<ProjectSheet> projects;
    private final List<OverallRow> overall;

    private IndicatorSheet(int year, List<ProjectSheet> projects, List<OverallRow> overall) {
        this.year = year;
        this.projects = List.copyOf(projects);
        this.overall = List.copyOf(overall);
    }

    /** Parses every indicator value of the budget (one pass over projects, lines and table 12). */
    public static IndicatorSheet of(BudgetContext context) {
        Budget budget = context.budget();
        List<ProjectSheet> projects = new ArrayList<>(budget.projects().size());
        // Values repeat across projects ("≥95%", "有效提高"): parse each distinct text once.
        Map<String, IndicatorValue> parsed = new HashMap<>();
        List<Line> lines = budget.lines();
        for (int i = 0; i < budget.projects().size(); i++) {
            Project p = budget.projects().get(i);
            BigDecimal amount = null;
            // Lines name projects by id; with duplicate ids only the first project owns them.
            if (context.projectIndex(p.id()) == i) {
                for (int li : context.lineIndexesOf(p.id())) {
                    BigDecimal a = lines.get(li).amount();
                    if (a != null) {
                        amount = amount == null ? a : amount.add(a);
                    }
                }
            }
            List<ProjectIndicator> indicators = new ArrayList<>(p.indicators().size());
            for (int j = 0; j < p.indicators().size(); j++) {
                Indicator ind = p.indicators().get(j);
                indicators.add(new ProjectIndicator(i, p, j, ind, parse(parsed, ind.value())));
            }
            projects.add(new ProjectSheet(i, p, amount, indicators));
        }
        List<OverallRow> overall = new ArrayList<>();
        List<OverallIndicator> rows = budget.departmentPerformance().indicators();
        for (int k = 0; k < rows.size(); k++) {
            OverallIndicator row = rows.get(k);
            overall.add(new OverallRow(k, row, levelOf(row), parse(parsed, row.value())));
        }
        return new IndicatorSheet(context.year(), projects, overall);
    }

    private static IndicatorValue parse(Map<String, IndicatorValue> parsed, String value) {
        return parsed.computeIfAbsent(value == null ? "" : value, IndicatorValue::parse);
    }

    /** The budget year. */
    public int year() {
        return year;
    }

    public List<ProjectSheet> projects() {
        return projects;
    }

    /** The rows of table 12. */
    public List<OverallRow> overall() {
        return overall;
    }

    /** Project and table-12 indicators together, projects first. */
    public List<LintedIndicator> all() {
        List<LintedIndicator> all = new ArrayList<>();
        for (ProjectSheet p : projects) {
            all.addAll(p.indicators());
        }
        all.addAll(overall);
        return all;
    }

    static LintedIndicator.Level levelOf(OverallIndicator row) {
        String l1 = row.level1() == null ? "" : row.level1();
        String l2 = row.level2() == null ? "" : row.level2();
        if (l1.contains("满意") || l2.contains("满意")) {
            return LintedIndicator.Level.SATISFACTION;
        }
        if (l1.contains("投入")) {
            return LintedIndicator.Level.INPUT;
        }
        if (l1.contains("产出")) {
            return LintedIndicator.Level.OUTPUT;
        }
        if (l1.contains("效益")) {
            return LintedIndicator.Level.BENEFIT;
        }
        if (l1.contains("成本")) {
            return LintedIndicator.Level.COST;
        }
        return LintedIndicator.Level.OTHER;
    }

    static LintedIndicator.Level levelOf(IndicatorCategory category) {
        if (category == null) {
            return LintedIndicator.Level.OTHER;
        }
        return switch (category) {
            case COST -> LintedIndicator.Level.COST;
            case OUTPUT -> LintedIndicator.Level.OUTPUT;
            case BENEFIT -> LintedIndicator.Level.BENEFIT;
            case SATISFACTION -> LintedIndicator.Level.SATISFACTION;
        };
    }

    /** "项目“党建工作经费”（410303220000000012418）". */
    static String projectLabel(Project p) {
        String code = p.code() == null || p.code().isBlank() ? "" : "（" + p.code() + "）";
        return "项目“" + nullToEmpty(p.name()) + "”" + code;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * A project with its indicators.
     *
     * @param amount the project's money (资金总额): Σ of its lines in 万元, null when no line names it
     */
    public record ProjectSheet(int index, Project project, BigDecimal amount, List<ProjectIndicator> indicators) {
        public ProjectSheet {
            indicators = List.copyOf(indicators);
        }

        /** "项目“党建工作经费”（410303220000000012418）". */
        public String label() {
            return projectLabel(project);
        }

        /** {@code projects[3]}. */
        public String location() {
            return BudgetContext.project(index);
        }
    }

    /** An indicator of a project (table 13). */
    public record ProjectIndicator(int projectIndex, Project project, int index, Indicator indicator,
                                   IndicatorValue value) implements LintedIndicator {

        @Override
        public Level level() {
            return levelOf(indicator.category());
        }

        @Override
        public String level2() {
            return indicator.level2();
        }

        @Override
        public String name() {
            return nullToEmpty(indicator.name());
        }

        @Override
        public String location() {
            return BudgetContext.indicator(projectIndex, index);
        }

        @Override
        public String describe() {
            String category = indicator.category() == null ? "" : indicator.category().label();
            return projectLabel(project) + category + "指标“" + name() + "”";
        }
    }

    /** A row of the department's overall targets (table 12). */
    public record OverallRow(int index, OverallIndicator row, Level level, IndicatorValue value)
            implements LintedIndicator {

        @Override
        public String level2() {
            return row.level2();
        }

        @Override
        public String name() {
            return nullToEmpty(row.level3());
        }

        @Override
        public String location() {
            return "departmentPerformance.indicators[" + index + "]";
        }

        @Override
        public String describe() {
            StringBuilder b = new StringBuilder("整体绩效目标（表12）");
            String l1 = nullToEmpty(row.level1()).strip();
            String l2 = nullToEmpty(row.level2()).strip();
            b.append(l1);
            if (!l2.isEmpty() && !l2.equals(l1)) {
                b.append(l1.isEmpty() ? "" : "—").append(l2);
            }
            return b.append("“").append(name()).append("”").toString();
        }
    }
}
