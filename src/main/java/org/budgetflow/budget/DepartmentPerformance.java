package org.budgetflow.budget;

import java.util.List;

/** The department's overall performance targets (整体绩效目标, table 12). */
public record DepartmentPerformance(String annualGoal, List<Task> tasks, List<OverallIndicator> indicators) {
    public static final DepartmentPerformance EMPTY = new DepartmentPerformance(null, List.of(), List.of());

    public DepartmentPerformance {
        tasks = Lists.of(tasks);
        indicators = Lists.of(indicators);
    }

    /** 年度主要任务. */
    public record Task(String name, String content) {
    }

    /** An indicator of table 12 exactly as printed. */
    public record OverallIndicator(String level1, String level2, String level3, String value, String explanation) {
    }
}
