package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Line;

/** The generated district: one budget per department (by code) and the findings of the book. */
public record DemoDistrict(int year, List<Budget> budgets, BookFindings findings) {
    public DemoDistrict {
        budgets = List.copyOf(budgets);
    }

    /** Sum of every line of every budget, in 万元. */
    public BigDecimal total() {
        return sum(l -> true);
    }

    public BigDecimal basic() {
        return sum(l -> l.category().isBasic());
    }

    public BigDecimal project() {
        return sum(l -> l.category().isProject());
    }

    public int projectCount() {
        return budgets.stream().mapToInt(b -> b.projects().size()).sum();
    }

    /** Departments generated from an overall table (the others have projects only). */
    public long withOverallTable() {
        return budgets.stream().filter(b -> !b.departmentPerformance().indicators().isEmpty()
                || b.departmentPerformance().annualGoal() != null).count();
    }

    private BigDecimal sum(Predicate<Line> which) {
        return budgets.stream().flatMap(b -> b.lines().stream()).filter(which).map(Line::amount)
                .reduce(Amounts.orZero(null), BigDecimal::add);
    }
}
