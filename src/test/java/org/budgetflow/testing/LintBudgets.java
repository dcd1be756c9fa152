package org.budgetflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.DepartmentPerformance;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Findings;

/**
 * Small budgets for the indicator lint tests: projects with one line each (their amount) and indicators, plus rows of
 * table 12. Also reads the worked example and the 2024 performance book of the shared folder.
 */
public final class LintBudgets {
    private static final String UNIT = "310001";

    private final int year;
    private final List<Project> projects = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<OverallIndicator> overall = new ArrayList<>();

    private LintBudgets(int year) {
        this.year = year;
    }

    public static LintBudgets budget(int year) {
        return new LintBudgets(year);
    }

    public static LintBudgets budget() {
        return budget(2023);
    }

    /** Starts a project whose money (one line) is {@code amount} 万元; null for a project without lines. */
    public ProjectBuilder project(String name, String amount) {
        return new ProjectBuilder(this, name, amount);
    }

    /** A row of table 12. */
    public LintBudgets overall(String level1, String level2, String level3, String value) {
        overall.add(new OverallIndicator(level1, level2, level3, value, null));
        return this;
    }

    /** A row of table 12 with its 指标值说明. */
    public LintBudgets overall(String level1, String level2, String level3, String value, String explanation) {
        overall.add(new OverallIndicator(level1, level2, level3, value, explanation));
        return this;
    }

    public Budget build() {
        return new Budget(year, new Department("310", "测试部门", null, List.of(), null), List.of(), List.of(), List.of(),
                lines, projects, new DepartmentPerformance(null, List.of(), overall), null, null, null, null, List.of());
    }

    /** Runs one rule and returns its findings. */
    public List<Finding> check(BudgetRule rule) {
        return check(build(), rule);
    }

    public static List<Finding> check(Budget budget, BudgetRule rule) {
        Findings findings = new Findings();
        rule.check(new BudgetContext(budget), findings);
        return findings.toList();
    }

    /** Runs several rules on one context. */
    public static List<Finding> check(Budget budget, List<BudgetRule> rules) {
        Findings findings = new Findings();
        BudgetContext context = new BudgetContext(budget);
        rules.forEach(r -> r.check(context, findings));
        return findings.toList();
    }

    /** The worked example (西工区社创办 2023) read with the budget-v1 reader. */
    public static Budget workedExample() {
        return new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
    }

    /**
     * The 2024 performance-target book (1,069 projects, 53 department tables) as one 2024 budget: every project with
     * one line of its 资金总额 (元 → 万元), every department's table-12 rows one after the other (level3 prefixed with
     * the department's short name). The book is an extraction of a PDF: some values are fragments.
     */
    public static Budget performanceBook() {
        Path dir = SharedExamples.shared().resolve("examples/xigong-2024-performance-book");
        JsonMapper mapper = new JsonMapper();
        try {
            JsonNode projectRows = mapper.readTree(dir.resolve("projects.json").toFile());
            JsonNode departments = mapper.readTree(dir.resolve("departments.json").toFile());
            LintBudgets b = budget(2024);
            int i = 0;
            for (JsonNode p : projectRows) {
                String id = "book-" + i++;
                List<Indicator> indicators = new ArrayList<>();
                for (JsonNode ind : p.path("indicators")) {
                    indicators.add(new Indicator(IndicatorCategory.valueOf(ind.path("category").asText()), null,
                            ind.path("name").asText(null), ind.path("value").asText(null)));
                }
                String unit = p.path("unitCode").asText(UNIT);
                b.projects.add(new Project(id, p.path("projectCode").asText(null), p.path("projectName").asText(),
                        unit, ProjectType.OTHER_OPERATING, false, indicators));
                if (p.hasNonNull("totalYuan")) {
                    BigDecimal wan = new BigDecimal(p.get("totalYuan").asText())
                            .divide(new BigDecimal("10000"), 2, RoundingMode.HALF_UP);
                    b.lines.add(line(unit, id, wan));
                }
            }
            for (JsonNode d : departments) {
                String dept = d.path("name").asText().replace("洛阳市西工区", "");
                for (JsonNode r : d.path("indicators")) {
                    b.overall.add(new OverallIndicator(r.path("level1").asText(null), r.path("level2").asText(null),
                            dept + "：" + r.path("level3").asText(""), r.path("value").asText(null),
                            r.path("explanation").asText(null)));
                }
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line line(String unit, String projectId, BigDecimal amount) {
        return new Line(unit, "2010101", null, "30201", null, "50201", null, FundSource.GENERAL_PUBLIC_BUDGET, false,
                true, ExpenditureCategory.OTHER_OPERATING, projectId, amount);
    }

    /** Builds one project; {@link #done()} returns to the budget. */
    public static final class ProjectBuilder {
        private final LintBudgets budget;
        private final String name;
        private final String amount;
        private final List<Indicator> indicators = new ArrayList<>();
        private String code;

        private ProjectBuilder(LintBudgets budget, String name, String amount) {
            this.budget = budget;
            this.name = name;
            this.amount = amount;
            this.code = String.format("4103032200000000%05d", budget.projects.size() + 1);
        }

        public ProjectBuilder code(String code) {
            this.code = code;
            return this;
        }

        public ProjectBuilder cost(String name, String value) {
            return indicator(IndicatorCategory.COST, null, name, value);
        }

        public ProjectBuilder output(String name, String value) {
            return indicator(IndicatorCategory.OUTPUT, null, name, value);
        }

        public ProjectBuilder benefit(String name, String value) {
            return indicator(IndicatorCategory.BENEFIT, null, name, value);
        }

        public ProjectBuilder satisfaction(String name, String value) {
            return indicator(IndicatorCategory.SATISFACTION, null, name, value);
        }

        public ProjectBuilder indicator(IndicatorCategory category, String level2, String name, String value) {
            indicators.add(new Indicator(category, level2, name, value));
            return this;
        }

        /** Adds one indicator of each category that no rule objects to. */
        public ProjectBuilder complete() {
            return cost("总成本", "≤1万元").output("完成数量", "≥1个").benefit("工作效率", "有效提高")
                    .satisfaction("服务对象满意度", "≥95%");
        }

        public LintBudgets done() {
            String id = "P" + (budget.projects.size() + 1);
            budget.projects.add(new Project(id, code, name, UNIT, ProjectType.OTHER_OPERATING, false, indicators));
            if (amount != null) {
                budget.lines.add(line(UNIT, id, new BigDecimal(amount)));
            }
            return budget;
        }
    }
}
