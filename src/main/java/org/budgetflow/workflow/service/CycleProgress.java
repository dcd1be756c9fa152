package org.budgetflow.workflow.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.budgetflow.identity.CurrentUser;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleProgressStore;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.CycleSummary;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.springframework.stereotype.Service;

/**
 * What the progress dashboard reads besides a cycle's overview ({@link CycleService#overview}): the list of cycles
 * with their departments counted by stage, and the audit trail of a cycle's departments as their timelines. For
 * finance, performance, congress and admin only.
 */
@Service
public class CycleProgress {
    private final CycleProgressStore progress;
    private final CycleStore cycles;
    private final DecisionStore decisions;
    private final DepartmentNames names;
    private final UserNames userNames;

    public CycleProgress(CycleProgressStore progress, CycleStore cycles, DecisionStore decisions,
            DepartmentNames names, UserNames userNames) {
        this.progress = progress;
        this.cycles = cycles;
        this.decisions = decisions;
        this.names = names;
        this.userNames = userNames;
    }

    /** Every cycle, newest first. */
    public List<CycleSummary> cycles(CurrentUser user) {
        CycleService.requireOversight(user);
        return progress.cycles();
    }

    /**
     * The timelines of a cycle's departments (every decision, oldest first), or of one department.
     *
     * @param userNames the display name of everyone who decided, by user id
     */
    public record Timeline(int year, List<DepartmentTimeline> departments, Map<String, String> userNames) {
    }

    public record DepartmentTimeline(String code, String name, Stage stage, List<Decision> decisions) {
    }

    /**
     * @param department a department code, or empty for every department of the cycle (in code order)
     */
    public Timeline timeline(int year, Optional<String> department, CurrentUser user) {
        CycleService.requireOversight(user);
        cycles.cycle(year).orElseThrow(() -> CycleService.noCycle(year));
        List<CycleDepartment> members;
        Map<String, List<Decision>> trail = new LinkedHashMap<>();
        if (department.isPresent()) {
            String code = department.get();
            members = List.of(cycles.department(year, code).orElseThrow(
                    () -> WorkflowException.notFound("部门 " + code + " 不在 " + year + " 年度编审中")));
            trail.put(code, decisions.of(year, code));
        } else {
            members = cycles.departments(year);
            progress.decisions(year).forEach(d -> trail.computeIfAbsent(d.departmentCode(), c -> new ArrayList<>()).add(d));
        }
        List<DepartmentTimeline> timelines = members.stream()
                .map(d -> new DepartmentTimeline(d.code(), names.name(year, d.code()), d.stage(),
                        List.copyOf(trail.getOrDefault(d.code(), List.of()))))
                .toList();
        Map<String, String> people = userNames.of(trail.values().stream().flatMap(List::stream)
                .map(Decision::decidedBy).toList());
        return new Timeline(year, timelines, people);
    }
}
