package org.budgetflow.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.DepartmentPerformance;
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
 * Large, deterministic, balanced budgets for benchmarks and scale tests: ten units of both kinds, lines spread
 * over common functional and economic codes, one project per fifty project lines, income derived so that every
 * unit and source balances. Invented figures; nothing here is real data.
 */
public final class SyntheticBudgets {
    private static final String[] FUNCTIONS = {"2010301", "2010302", "2080505", "2101101", "2120101", "2120399", "2210201"};

    /** (category, dept econ, gov econ for 行政, gov econ for 事业). */
    private static final String[][] ECONOMICS = {
            {"PERSONNEL", "30101", "50101", "50501"},
            {"PERSONNEL", "30108", "50102", "50501"},
            {"PERSONNEL", "30113", "50103", "50501"},
            {"PUBLIC_OFFICE", "30201", "50201", "50502"},
            {"PUBLIC_OFFICE", "30211", "50201", "50502"},
            {"OTHER_OPERATING", "30226", "50205", "50502"},
            {"OTHER_OPERATING", "30201", "50201", "50502"},
            {"SPECIFIC_PURPOSE", "31002", "50306", "50601"},
            {"SPECIFIC_PURPOSE", "30905", "50402", "50602"},
    };

    private SyntheticBudgets() {
    }

    public static Budget large(int lineCount) {
        return large(lineCount, 2024);
    }

    public static Budget large(int lineCount, int year) {
        Random random = new Random(20241121L);
        List<BudgetUnit> units = new ArrayList<>();
        for (int u = 1; u <= 10; u++) {
            units.add(new BudgetUnit(String.format("900%03d", u), "合成测试单位" + u,
                    u % 2 == 1 ? UnitKind.ADMINISTRATIVE : UnitKind.PUBLIC_INSTITUTION));
        }
        List<Line> lines = new ArrayList<>(lineCount);
        List<Project> projects = new ArrayList<>();
        Map<String, Project> openProject = new LinkedHashMap<>();
        Map<String, Integer> projectLines = new LinkedHashMap<>();
        Map<List<Object>, BigDecimal> income = new LinkedHashMap<>();
        for (int i = 0; i < lineCount; i++) {
            BudgetUnit unit = units.get(i % units.size());
            String[] econ = ECONOMICS[random.nextInt(ECONOMICS.length)];
            ExpenditureCategory category = ExpenditureCategory.valueOf(econ[0]);
            String gov = unit.kind() == UnitKind.ADMINISTRATIVE ? econ[2] : econ[3];
            FundSource source = category.isProject() && random.nextInt(10) == 0
                    ? FundSource.GOVERNMENT_FUND : FundSource.GENERAL_PUBLIC_BUDGET;
            boolean carryOver = category.isProject() && random.nextInt(8) == 0;
            String projectId = null;
            if (category.isProject()) {
                String key = unit.code() + category;
                Project project = openProject.get(key);
                if (project == null || projectLines.get(project.id()) >= 50) {
                    project = project(year, unit, category, projects.size() + 1);
                    projects.add(project);
                    openProject.put(key, project);
                    projectLines.put(project.id(), 0);
                }
                projectLines.merge(project.id(), 1, Integer::sum);
                projectId = project.id();
            }
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(100_000), 2);
            lines.add(new Line(unit.code(), FUNCTIONS[random.nextInt(FUNCTIONS.length)], null, econ[1], null, gov, null,
                    source, carryOver, true, category, projectId, amount));
            income.merge(List.of(unit.code(), source, carryOver), amount, BigDecimal::add);
        }
        List<Funding> incomeList = new ArrayList<>();
        income.forEach((key, amount) -> incomeList.add(new Funding((String) key.get(0), (FundSource) key.get(1),
                (Boolean) key.get(2), true, amount)));
        return new Budget(year, new Department("900", "合成测试部门", null, List.of("履行合成测试职责。"), "合成测试单位十个。"),
                units, incomeList, List.of(), lines, projects, DepartmentPerformance.EMPTY, null, null, null, null,
                List.of());
    }

    private static Project project(int year, BudgetUnit unit, ExpenditureCategory category, int n) {
        String code = String.format("410303%02d%013d", year % 100, n);
        ProjectType type = category == ExpenditureCategory.OTHER_OPERATING
                ? ProjectType.OTHER_OPERATING : ProjectType.SPECIFIC_PURPOSE;
        return new Project(code, code, "合成测试项目" + n, unit.code(), type, false, List.of(
                new Indicator(IndicatorCategory.COST, "经济成本指标", "单项成本", "≤0.10万元"),
                new Indicator(IndicatorCategory.OUTPUT, "数量指标", "完成事项数量", "≥10项"),
                new Indicator(IndicatorCategory.BENEFIT, "社会效益指标", "服务保障水平", "有效提升"),
                new Indicator(IndicatorCategory.SATISFACTION, "服务对象满意度指标", "服务对象满意度", "≥90%")));
    }
}
