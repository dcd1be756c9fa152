package org.budgetflow.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.DepartmentPerformance;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.DepartmentPerformance.Task;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.UnitKind;

/**
 * Small department budgets for the congress-book tests, built in code (amounts in 万元): units, income by source,
 * basic lines, projects with their lines and indicators, and the overall targets.
 */
public final class BookBudgets {
    public static final int YEAR = 2024;

    private final String code;
    private final String name;
    private final List<BudgetUnit> units = new ArrayList<>();
    private final List<Funding> income = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final List<OverallIndicator> indicators = new ArrayList<>();
    private String goal;

    private BookBudgets(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** A department with one unit {@code <code>001} named like it. */
    public static BookBudgets department(String code, String name) {
        return new BookBudgets(code, name).unit(code + "001", name);
    }

    public BookBudgets unit(String unitCode, String unitName) {
        units.add(new BudgetUnit(unitCode, unitName, UnitKind.ADMINISTRATIVE));
        return this;
    }

    public BookBudgets income(String unitCode, FundSource source, String amount) {
        income.add(new Funding(unitCode, source, false, true, new BigDecimal(amount)));
        return this;
    }

    /** A 人员经费 line of the first unit paid from 一般公共预算, with the same income. */
    public BookBudgets basic(String amount) {
        String unit = units.get(0).code();
        lines.add(line(unit, FundSource.GENERAL_PUBLIC_BUDGET, ExpenditureCategory.PERSONNEL, null, amount));
        return income(unit, FundSource.GENERAL_PUBLIC_BUDGET, amount);
    }

    /** A project of a unit with one line per (source, amount) pair and the matching income. */
    public BookBudgets project(String id, String projectName, String unitCode, ProjectType type,
                               List<Indicator> projectIndicators, Object... sourcesAndAmounts) {
        projects.add(new Project(id, id, projectName, unitCode, type, false, projectIndicators));
        for (int i = 0; i < sourcesAndAmounts.length; i += 2) {
            FundSource source = (FundSource) sourcesAndAmounts[i];
            String amount = (String) sourcesAndAmounts[i + 1];
            lines.add(line(unitCode, source, type.category(), id, amount));
            income(unitCode, source, amount);
        }
        return this;
    }

    public BookBudgets goal(String annualGoal) {
        this.goal = annualGoal;
        return this;
    }

    public BookBudgets task(String taskName, String content) {
        tasks.add(new Task(taskName, content));
        return this;
    }

    public BookBudgets overall(String level1, String level2, String level3, String value) {
        indicators.add(new OverallIndicator(level1, level2, level3, value, "说明"));
        return this;
    }

    public static Indicator indicator(IndicatorCategory category, String indicatorName, String value) {
        return new Indicator(category, null, indicatorName, value);
    }

    public Budget build() {
        return new Budget(YEAR, new Department(code, name, null, List.of(), null), units, income, List.of(), lines,
                projects, new DepartmentPerformance(goal, tasks, indicators), null, null, null, null, List.of());
    }

    private static Line line(String unit, FundSource source, ExpenditureCategory category, String projectId,
                             String amount) {
        return new Line(unit, "2010101", "行政运行", "30101", "基本工资", "50101", "工资奖金津补贴", source, false, true,
                category, projectId, new BigDecimal(amount));
    }
}
