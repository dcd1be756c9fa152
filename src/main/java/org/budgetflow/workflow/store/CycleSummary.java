package org.budgetflow.workflow.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.budgetflow.workflow.Stage;

/**
 * A cycle as the list of cycles shows it: when and by whom it was opened, and how many of its departments stand at
 * each stage (stages without a department are absent from the map).
 */
public record CycleSummary(int year, Instant openedAt, String openedBy, LocalDate congressDate,
        Instant submissionsClosedAt, Map<Stage, Integer> departmentsByStage) {

    public CycleSummary {
        departmentsByStage = Map.copyOf(departmentsByStage);
    }

    public int departments() {
        return departmentsByStage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
