package org.budgetflow.workflow.process;

import java.util.Date;

import org.budgetflow.workflow.service.LegalClock;
import org.budgetflow.workflow.store.Approval;
import org.budgetflow.workflow.store.ApprovalStore;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.budgetflow.workflow.support.WorkflowSettings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code recordApproval} (登记批复, asynchronous): records the 批复 of the approved version with its date and
 * document number, freezes that version, and starts the 20-day publication clock (预算法 §14). Idempotent.
 */
@Component
public class RecordApproval implements JavaDelegate {
    private final CycleStore cycles;
    private final ApprovalStore approvals;
    private final BudgetVersionStore versions;
    private final DecisionStore decisions;
    private final LegalClock legalClock;
    private final WorkflowClock clock;
    private final WorkflowSettings settings;

    public RecordApproval(CycleStore cycles, ApprovalStore approvals, BudgetVersionStore versions,
            DecisionStore decisions, LegalClock legalClock, WorkflowClock clock, WorkflowSettings settings) {
        this.cycles = cycles;
        this.approvals = approvals;
        this.versions = versions;
        this.decisions = decisions;
        this.legalClock = legalClock;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        String code = ProcessVariables.department(execution);
        int version = ((Number) execution.getVariable(ProcessVariables.BUDGET_VERSION)).intValue();
        cycles.lock(year);
        boolean first = approvals.find(year, code).isEmpty();
        Approval approval = approvals.record(year, code, version, settings.approvalDocumentPrefix(), clock.today(),
                clock.now());
        versions.freeze(year, code, approval.budgetVersion());
        if (first) {
            decisions.record(new Decision(year, code, Decision.Step.APPROVAL, "record",
                    "批复文号 " + approval.documentNumber(), approval.budgetVersion(), Decision.SYSTEM, clock.now(), null));
        }
        execution.setVariable(ProcessVariables.APPROVAL_DOCUMENT_NUMBER, approval.documentNumber());
        execution.setVariable(ProcessVariables.APPROVAL_DATE, approval.approvedOn().toString());
        execution.setVariable(ProcessVariables.PUBLICATION_DUE_DATE,
                legalClock.dueDate(approval.approvedOn()).toString());
        execution.setVariable(ProcessVariables.PUBLICATION_REMINDER_AT,
                Date.from(legalClock.reminderAt(approval.approvedOn())));
        execution.setVariable(ProcessVariables.PUBLICATION_OVERDUE_AT,
                Date.from(legalClock.overdueAt(approval.approvedOn())));
    }
}
