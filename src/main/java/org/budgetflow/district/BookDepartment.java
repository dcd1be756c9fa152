package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.DepartmentPerformance.Task;

/**
 * One department's overall table (部门整体绩效目标表) of the book. The book names the department but prints no code.
 *
 * @param index position in {@code departments.json}, for finding locations
 */
public record BookDepartment(int index, String name, BigDecimal totalYuan, BigDecimal governmentFundsYuan,
                             BigDecimal specialAccountYuan, BigDecimal unitFundsYuan, BigDecimal basicYuan,
                             BigDecimal projectYuan, String annualGoal, List<Task> tasks,
                             List<OverallIndicator> indicators) {
    public BookDepartment {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
