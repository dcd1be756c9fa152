package org.budgetflow.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;

/**
 * A budget with the indexes that several rules need, built once per validation run (one pass over the lines).
 */
public final class BudgetContext {
    private final Budget budget;
    private final Map<String, BudgetUnit> unitsByCode = new LinkedHashMap<>();
    private final Map<String, Project> projectsById = new LinkedHashMap<>();
    private final Map<String, Integer> projectIndexById = new HashMap<>();
    private final Map<String, List<Integer>> lineIndexesByProject = new HashMap<>();

    public BudgetContext(Budget budget) {
        this.budget = budget;
        for (BudgetUnit unit : budget.units()) {
            unitsByCode.putIfAbsent(unit.code(), unit);
        }
        List<Project> projects = budget.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            if (projectsById.putIfAbsent(p.id(), p) == null) {
                projectIndexById.put(p.id(), i);
            }
        }
        List<Line> lines = budget.lines();
        for (int i = 0; i < lines.size(); i++) {
            String projectId = lines.get(i).projectId();
            if (projectId != null) {
                lineIndexesByProject.computeIfAbsent(projectId, k -> new ArrayList<>()).add(i);
            }
        }
    }

    public Budget budget() {
        return budget;
    }

    public int year() {
        return budget.year();
    }

    public BudgetUnit unit(String code) {
        return unitsByCode.get(code);
    }

    public Map<String, BudgetUnit> unitsByCode() {
        return Collections.unmodifiableMap(unitsByCode);
    }

    /** The first project with this id, or null. */
    public Project project(String id) {
        return id == null ? null : projectsById.get(id);
    }

    /** Index of the first project with this id in {@code projects}, or -1. */
    public int projectIndex(String id) {
        return projectIndexById.getOrDefault(id, -1);
    }

    /** Indexes into {@code lines} of the lines that name this project id (in document order). */
    public List<Integer> lineIndexesOf(String projectId) {
        return lineIndexesByProject.getOrDefault(projectId, List.of());
    }

    /** Location helpers: JSON paths into the budget-v1 document. */
    public static String line(int index) {
        return "lines[" + index + "]";
    }

    public static String line(int index, String field) {
        return "lines[" + index + "]." + field;
    }

    public static String project(int index) {
        return "projects[" + index + "]";
    }

    public static String indicator(int projectIndex, int indicatorIndex) {
        return "projects[" + projectIndex + "].indicators[" + indicatorIndex + "]";
    }
}
