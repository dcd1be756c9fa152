package org.budgetflow.book;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.DepartmentPerformance.Task;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;

/**
 * One department in the book: its overall table (part one), its projects (part two, in budget order and grouped by
 * unit in order of first appearance) and the validator's findings on its budget (report order).
 */
public record DepartmentSection(String code, String name, BudgetFigures figures, String annualGoal, List<Task> tasks,
                                List<OverallIndicator> indicators, List<ProjectEntry> projects, List<UnitGroup> units,
                                List<Finding> findings) {
    public DepartmentSection {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
        units = List.copyOf(units);
        findings = List.copyOf(findings);
    }

    /** True when the budget has overall targets (a goal, tasks or indicators). */
    public boolean hasOverallTargets() {
        return (annualGoal != null && !annualGoal.isBlank()) || !tasks.isEmpty() || !indicators.isEmpty();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** 资金总额 of the projects (万元). */
    public BigDecimal projectTotal() {
        return units.stream().map(UnitGroup::total).reduce(BudgetFigures.ZERO.total(), BigDecimal::add);
    }

    /** 政府预算资金 of the projects (万元). */
    public BigDecimal projectGovernmentFunds() {
        return units.stream().map(UnitGroup::governmentFunds).reduce(BudgetFigures.ZERO.total(), BigDecimal::add);
    }
}
