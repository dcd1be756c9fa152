package org.budgetflow.workflow.process;

import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * User task {@code draftBudget} (部门编制): on create the department is back at drafting; on complete its submission
 * enters the audit trail (the service task {@code validateDraft} then decides whether it goes on).
 */
@Component
public class DraftBudgetListener implements TaskListener {
    private final CycleStore cycles;
    private final BudgetVersionStore versions;
    private final DecisionStore decisions;
    private final WorkflowClock clock;

    public DraftBudgetListener(CycleStore cycles, BudgetVersionStore versions, DecisionStore decisions,
            WorkflowClock clock) {
        this.cycles = cycles;
        this.versions = versions;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = ProcessVariables.year(task);
        String code = ProcessVariables.department(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            cycles.setStage(year, code, Stage.DRAFTING, clock.now());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Integer version = versions.latest(year, code).map(BudgetVersion::version).orElse(null);
            decisions.record(new Decision(year, code, Decision.Step.DRAFTING, "submit", null, version,
                    Users.completing(task), clock.now(), task.getId()));
        }
    }
}
