package org.budgetflow.workflow.service;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.workflow.Stage;

/** How many departments of a cycle stand at a stage. */
public record StageCount(Stage stage, int departments) {

    /** Every stage in the order of the cycle, with zero for stages no department is at. */
    public static List<StageCount> of(Map<Stage, Integer> departmentsByStage) {
        return Arrays.stream(Stage.values())
                .map(stage -> new StageCount(stage, departmentsByStage.getOrDefault(stage, 0)))
                .toList();
    }

    /** Counts the stages of a cycle's departments. */
    public static List<StageCount> count(Collection<Stage> stages) {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        stages.forEach(stage -> counts.merge(stage, 1, Integer::sum));
        return of(counts);
    }
}
