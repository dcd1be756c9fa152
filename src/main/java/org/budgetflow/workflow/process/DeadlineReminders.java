package org.budgetflow.workflow.process;

import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Puts the text of a deadline reminder on the reminder task and records the reminder in the audit trail. */
@Component
public class DeadlineReminders {
    private final DecisionStore decisions;
    private final WorkflowClock clock;

    public DeadlineReminders(DecisionStore decisions, WorkflowClock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    public void remind(DelegateTask task, Decision.Step step, String text) {
        task.setVariableLocal(ProcessVariables.REMINDER_TEXT, text);
        decisions.record(new Decision(ProcessVariables.year(task), ProcessVariables.department(task), step, "remind",
                text, null, Decision.SYSTEM, clock.now(), task.getId()));
    }
}
