package org.budgetflow.workflow.process;

import org.budgetflow.workflow.store.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code raiseApprovalIncident}: day 20 after the congress is over and the 批复 is not recorded. */
@Component
public class RaiseApprovalIncident implements JavaDelegate {
    /** The incident type shown in Cockpit. */
    public static final String INCIDENT_TYPE = "approvalOverdue";

    private final OverdueIncidents incidents;

    public RaiseApprovalIncident(OverdueIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String message = ProcessVariables.year(execution) + " 年部门 " + ProcessVariables.department(execution)
                + " 的预算批复逾期：应于 " + execution.getVariable(ProcessVariables.APPROVAL_DUE_DATE)
                + " 前批复（预算法第五十二条：人代会批准后二十日内）";
        incidents.raise(execution, INCIDENT_TYPE, "recordApproval", Decision.Step.APPROVAL, message);
    }
}
