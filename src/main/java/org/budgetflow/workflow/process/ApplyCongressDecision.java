package org.budgetflow.workflow.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.service.DepartmentCodes;
import org.budgetflow.workflow.service.LegalClock;
import org.budgetflow.workflow.store.Cycle;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code applyCongressDecision}: tells every department under review the congress's decision. Returned
 * departments go back to drafting with the reasons; the others are approved and their 批复 clock starts (预算法 §52):
 * from the date of the 人代会 for the first review when the cycle names it, else from the day of the decision.
 */
@Component
public class ApplyCongressDecision implements JavaDelegate {
    private final CycleStore cycles;
    private final LegalClock legalClock;
    private final WorkflowClock clock;

    public ApplyCongressDecision(CycleStore cycles, LegalClock legalClock, WorkflowClock clock) {
        this.cycles = cycles;
        this.legalClock = legalClock;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        Cycle cycle = cycles.lock(year);
        boolean returning = ProcessVariables.RETURN.equals(ProcessVariables.text(execution, ProcessVariables.DECISION));
        List<String> returned = returning
                ? DepartmentCodes.from(execution.getVariable(ProcessVariables.RETURN_DEPARTMENTS)) : List.of();
        String comment = ProcessVariables.text(execution, ProcessVariables.COMMENT);
        LocalDate clockStart = clockStart(cycle, execution);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (CycleDepartment department : cycles.departments(year)) {
            if (department.stage() != Stage.CONGRESS_REVIEW) {
                continue;
            }
            Map<String, Object> variables;
            if (returned.contains(department.code())) {
                cycles.setStage(year, department.code(), Stage.DRAFTING, clock.now());
                variables = Map.of(ProcessVariables.CONGRESS_DECISION, ProcessVariables.RETURN,
                        ProcessVariables.RETURN_COMMENT, "人大审查退回：" + comment);
            } else {
                cycles.setCongressApproved(year, department.code(), clockStart, clock.now());
                variables = Map.of(ProcessVariables.CONGRESS_DECISION, ProcessVariables.APPROVE,
                        ProcessVariables.APPROVAL_DUE_DATE, legalClock.dueDate(clockStart).toString(),
                        ProcessVariables.APPROVAL_REMINDER_AT, Date.from(legalClock.reminderAt(clockStart)),
                        ProcessVariables.APPROVAL_OVERDUE_AT, Date.from(legalClock.overdueAt(clockStart)));
            }
            runtime.createMessageCorrelation(ProcessMessages.CONGRESS_DECISION)
                    .processInstanceBusinessKey(ProcessVariables.departmentKey(year, department.code()))
                    .setVariables(variables)
                    .correlateWithResult();
        }
    }

    private LocalDate clockStart(Cycle cycle, DelegateExecution execution) {
        Object session = execution.getVariable(ProcessVariables.CONGRESS_SESSION);
        boolean firstReview = session instanceof Number number && number.intValue() == 1;
        return firstReview && cycle.congressDate() != null ? cycle.congressDate() : clock.today();
    }
}
