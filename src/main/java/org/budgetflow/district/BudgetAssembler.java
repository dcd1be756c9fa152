package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.DepartmentPerformance;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.ProjectType;

/**
 * Builds the budget-v1 budget of one department: units from its project rows (or one unit {@code <code>001} named
 * like the department), basic expenditure on the unit {@code <code>001} (else the first unit), one line per project,
 * income per unit equal to its lines, the overall targets as printed, and a composition text saying the lines are
 * synthetic.
 */
final class BudgetAssembler {
    private final PerformanceBook book;
    private final SynthesisTables tables;
    private final LineSynthesizer lines;

    BudgetAssembler(PerformanceBook book, SynthesisTables tables, LineSynthesizer lines) {
        this.book = book;
        this.tables = tables;
        this.lines = lines;
    }

    Budget assemble(DepartmentEntry entry) {
        Map<String, BudgetUnit> units = units(entry);
        BudgetUnit basicUnit = units.getOrDefault(entry.code() + "001", units.values().iterator().next());
        SynthesisTables.DepartmentKind kind = tables.departmentKind(entry.name());

        List<Line> all = new ArrayList<>();
        BookDepartment table = entry.table();
        if (table != null && table.basicYuan() != null && table.basicYuan().signum() > 0) {
            all.addAll(lines.basicLines(basicUnit, kind, Yuan.toWan(table.basicYuan())));
        }
        List<Project> projects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (BookProject row : entry.projects()) {
            Project project = project(row, ids);
            projects.add(project);
            all.add(lines.projectLine(units.get(row.unitCode()), kind, project, Yuan.toWan(row.totalYuan())));
        }
        Department department = new Department(entry.code(), entry.name(), null, List.of(),
                composition(entry, units.values()));
        return new Budget(book.year(), department, List.copyOf(units.values()), income(units.values(), all),
                List.of(), all, projects, performance(table), null, null, null, null, List.of());
    }

    private Map<String, BudgetUnit> units(DepartmentEntry entry) {
        Map<String, String> names = new TreeMap<>();
        for (BookProject row : entry.projects()) {
            names.putIfAbsent(row.unitCode(), row.unitName() == null ? row.unitCode() : row.unitName());
        }
        if (names.isEmpty()) {
            names.put(entry.code() + "001", entry.name());
        }
        Map<String, BudgetUnit> units = new LinkedHashMap<>();
        names.forEach((code, name) -> units.put(code, new BudgetUnit(code, name, tables.unitKind(name))));
        return units;
    }

    private static List<Funding> income(Iterable<BudgetUnit> units, List<Line> lines) {
        List<Funding> income = new ArrayList<>();
        for (BudgetUnit unit : units) {
            BigDecimal sum = lines.stream().filter(l -> l.unitCode().equals(unit.code())).map(Line::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() > 0) {
                income.add(new Funding(unit.code(), FundSource.GENERAL_PUBLIC_BUDGET, false, true, sum));
            }
        }
        return income;
    }

    /** The project as printed; its id is its code (the name when there is none), made unique with "#2", "#3"…. */
    private static Project project(BookProject row, Set<String> ids) {
        String base = row.projectCode() == null || row.projectCode().isBlank() ? row.projectName() : row.projectCode();
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "#" + n;
        }
        List<Indicator> indicators = new ArrayList<>();
        for (BookIndicator i : row.indicators()) {
            indicators.add(new Indicator(category(i.category(), row), null, i.name() == null ? "" : i.name(),
                    i.value() == null ? "" : i.value()));
        }
        ProjectType type = ProjectTypes.parse(row.projectType());
        return new Project(id, row.projectCode(), row.projectName(), row.unitCode(), type, false, indicators);
    }

    private static IndicatorCategory category(String category, BookProject row) {
        try {
            return IndicatorCategory.valueOf(category);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BookFormatException("projects.json 第 " + (row.index() + 1) + " 项的指标类别“" + category
                    + "”不是 COST、OUTPUT、BENEFIT 或 SATISFACTION");
        }
    }

    private static DepartmentPerformance performance(BookDepartment table) {
        return table == null ? DepartmentPerformance.EMPTY
                : new DepartmentPerformance(table.annualGoal(), table.tasks(), table.indicators());
    }

    private String composition(DepartmentEntry entry, Iterable<BudgetUnit> units) {
        List<String> named = new ArrayList<>();
        units.forEach(u -> named.add(u.code() + " " + u.name()));
        String text = "本部门预算包括 " + named.size() + " 个预算单位：" + String.join("、", named) + "。说明：本预算为演示数据，"
                + "部门预算总额、基本支出和项目支出、各项目（编码、名称、单位、类型、金额）及其绩效指标、部门整体绩效目标取自《"
                + book.title() + "》；该书没有支出明细，各支出行的功能分类、经济分类和人员经费、公用经费的划分是按固定规则合成的"
                + "（见 docs/demo-district.md），不是真实预算。";
        return entry.table() == null
                ? text + "书中没有本部门的部门整体绩效目标表：基本支出按 0 计，部门整体绩效目标为空。" : text;
    }
}
