package org.budgetflow.workflow.process;

import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code reportReady} (报送人大审查): the department's budget is ready for the congress; the cycle is told,
 * so that it can start the congress review when every department is ready. Under the cycle's lock: a cycle that is
 * not waiting right now (it is checking, or the congress is reviewing) sees the new stage when it checks next.
 */
@Component
public class ReportReady implements JavaDelegate {
    private final CycleStore cycles;
    private final WorkflowClock clock;

    public ReportReady(CycleStore cycles, WorkflowClock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        String code = ProcessVariables.department(execution);
        cycles.lock(year);
        cycles.setStage(year, code, Stage.READY_FOR_CONGRESS, clock.now());
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(ProcessMessages.DEPARTMENT_READY)
                .processInstanceBusinessKey(ProcessVariables.cycleKey(year))
                .correlateAll();
    }
}
