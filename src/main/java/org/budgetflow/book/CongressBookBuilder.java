package org.budgetflow.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.validation.BudgetValidator;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.budgetflow.validation.StandardRules;

/**
 * Builds the {@link CongressBook} of a year from one budget per department: departments in code order (the printed
 * book's order), each with its 预算情况 ({@link BudgetFigures#of}), its overall targets as the budget declares them,
 * its projects with their amounts summed from the project's lines, and the findings of the validator on its budget.
 * Thread-safe.
 */
public final class CongressBookBuilder {
    private static final Comparator<Budget> BY_CODE = Comparator.comparing(
            (Budget b) -> b.department() == null ? null : b.department().code(),
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final BudgetValidator validator;

    public CongressBookBuilder(BudgetValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** With the standard rules and the bundled classification codes. */
    public static CongressBookBuilder standard() {
        return new CongressBookBuilder(StandardRules.validator());
    }

    /** The book, validating every budget. */
    public CongressBook build(int year, List<Budget> budgets) {
        return build(year, budgets, b -> validator.validate(b).findings());
    }

    /** The book with findings the caller already has (for example the reports of a cycle's review). */
    public static CongressBook build(int year, List<Budget> budgets, Function<Budget, List<Finding>> findings) {
        List<Budget> ordered = budgets.stream().sorted(BY_CODE).toList();
        List<DepartmentSection> departments = new ArrayList<>();
        BudgetFigures totals = BudgetFigures.ZERO;
        int projects = 0;
        long errors = 0;
        long warnings = 0;
        for (Budget budget : ordered) {
            DepartmentSection d = section(budget, findings.apply(budget));
            departments.add(d);
            totals = totals.plus(d.figures());
            projects += d.projects().size();
            errors += d.count(Severity.ERROR);
            warnings += d.count(Severity.WARNING);
        }
        return new CongressBook(year, departments,
                new DistrictSummary(departments.size(), projects, totals, errors, warnings));
    }

    private static DepartmentSection section(Budget budget, List<Finding> findings) {
        List<ProjectEntry> projects = projects(budget);
        var performance = budget.departmentPerformance();
        return new DepartmentSection(budget.department().code(), budget.department().name(), BudgetFigures.of(budget),
                performance.annualGoal(), performance.tasks(), performance.indicators(), projects,
                units(budget, projects), findings == null ? List.of() : findings);
    }

    private static List<ProjectEntry> projects(Budget budget) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (Line line : budget.lines()) {
            if (line.projectId() == null || line.amount() == null) {
                continue;
            }
            BigDecimal[] s = sums.computeIfAbsent(line.projectId(), k -> new BigDecimal[] {zero(), zero()});
            s[0] = s[0].add(line.amount());
            if (line.fundSource() != null && line.fundSource().fiscal()) {
                s[1] = s[1].add(line.amount());
            }
        }
        List<ProjectEntry> entries = new ArrayList<>();
        for (Project p : budget.projects()) {
            BigDecimal[] s = sums.getOrDefault(p.id(), new BigDecimal[] {zero(), zero()});
            entries.add(new ProjectEntry(p.unitCode(), p.code(), p.name(), p.type() == null ? "" : p.type().label(),
                    s[0], s[1], p.indicators()));
        }
        return entries;
    }

    private static List<UnitGroup> units(Budget budget, List<ProjectEntry> projects) {
        Map<String, String> names = new HashMap<>();
        for (BudgetUnit u : budget.units()) {
            names.putIfAbsent(u.code(), u.name());
        }
        Map<String, List<ProjectEntry>> byUnit = new LinkedHashMap<>();
        for (ProjectEntry p : projects) {
            byUnit.computeIfAbsent(p.unitCode() == null ? "" : p.unitCode(), k -> new ArrayList<>()).add(p);
        }
        List<UnitGroup> groups = new ArrayList<>();
        byUnit.forEach((code, list) -> groups.add(new UnitGroup(code, names.getOrDefault(code, code),
                list.stream().map(ProjectEntry::total).reduce(zero(), BigDecimal::add),
                list.stream().map(ProjectEntry::governmentFunds).reduce(zero(), BigDecimal::add), list)));
        return groups;
    }

    private static BigDecimal zero() {
        return Amounts.orZero(null);
    }
}
