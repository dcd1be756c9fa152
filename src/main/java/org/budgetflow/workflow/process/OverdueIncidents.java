package org.budgetflow.workflow.process;

import java.util.List;

import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * Raises an incident of a custom type on the step that is overdue, so that Cockpit shows it where the process waits
 * (the incident goes away with that step once it completes), and records the lapse in the audit trail.
 */
@Component
public class OverdueIncidents {
    private final DecisionStore decisions;
    private final WorkflowClock clock;

    public OverdueIncidents(DecisionStore decisions, WorkflowClock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    public void raise(DelegateExecution execution, String incidentType, String waitingActivity, Decision.Step step,
            String message) {
        int year = ProcessVariables.year(execution);
        String code = ProcessVariables.department(execution);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<Execution> waiting = runtime.createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(waitingActivity).list();
        if (waiting.isEmpty()) {
            execution.createIncident(incidentType, waitingActivity, message);
        } else {
            waiting.forEach(w -> runtime.createIncident(incidentType, w.getId(), waitingActivity, message));
        }
        decisions.record(new Decision(year, code, step, "overdue", message, null, Decision.SYSTEM, clock.now(), null));
    }
}
