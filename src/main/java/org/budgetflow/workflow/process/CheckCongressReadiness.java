package org.budgetflow.workflow.process;

import java.util.List;

import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.Cycle;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code checkCongressReadiness}: decides what the cycle does next ({@code congressReadiness}):
 * {@code DONE} when the congress has approved every department; {@code REVIEW} when every department not yet approved
 * is ready, or submissions are closed and at least one is ready; else {@code WAIT} for the next ready department or
 * the closing of submissions.
 */
@Component
public class CheckCongressReadiness implements JavaDelegate {
    public static final String DONE = "DONE";
    public static final String REVIEW = "REVIEW";
    public static final String WAIT = "WAIT";

    private final CycleStore cycles;

    public CheckCongressReadiness(CycleStore cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        Cycle cycle = cycles.lock(year);
        List<CycleDepartment> pending = cycles.departments(year).stream().filter(d -> !d.stage().approved()).toList();
        long ready = pending.stream().filter(d -> d.stage() == Stage.READY_FOR_CONGRESS).count();
        String readiness;
        if (pending.isEmpty()) {
            readiness = DONE;
        } else if (ready > 0 && (ready == pending.size() || cycle.submissionsClosed())) {
            readiness = REVIEW;
        } else {
            readiness = WAIT;
        }
        execution.setVariable(ProcessVariables.CONGRESS_READINESS, readiness);
    }
}
