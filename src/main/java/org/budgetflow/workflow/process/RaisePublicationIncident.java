package org.budgetflow.workflow.process;

import org.budgetflow.workflow.store.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code raisePublicationIncident}: day 20 after the 批复 is over and the budget is not published. */
@Component
public class RaisePublicationIncident implements JavaDelegate {
    /** The incident type shown in Cockpit. */
    public static final String INCIDENT_TYPE = "publicationOverdue";

    private final OverdueIncidents incidents;

    public RaisePublicationIncident(OverdueIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String message = ProcessVariables.year(execution) + " 年部门 " + ProcessVariables.department(execution)
                + " 的部门预算公开逾期：应于 " + execution.getVariable(ProcessVariables.PUBLICATION_DUE_DATE)
                + " 前公开（预算法第十四条：批复后二十日内）";
        incidents.raise(execution, INCIDENT_TYPE, "publishDisclosure", Decision.Step.PUBLICATION, message);
    }
}
