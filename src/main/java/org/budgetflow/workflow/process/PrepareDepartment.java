package org.budgetflow.workflow.process;

import org.budgetflow.identity.Groups;
import org.budgetflow.workflow.service.DepartmentNames;
import org.budgetflow.workflow.service.DraftStatus;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.support.WorkflowSettings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code prepareDepartment}: links the department's process to its record and sets what the drafting
 * task needs (the department's group, its name, the link to the drafting page, the state of its draft).
 */
@Component
public class PrepareDepartment implements JavaDelegate {
    private final CycleStore cycles;
    private final DepartmentNames names;
    private final DraftStatus status;
    private final WorkflowSettings settings;

    public PrepareDepartment(CycleStore cycles, DepartmentNames names, DraftStatus status, WorkflowSettings settings) {
        this.cycles = cycles;
        this.names = names;
        this.status = status;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        String code = ProcessVariables.department(execution);
        cycles.setDepartmentProcess(year, code, execution.getProcessInstanceId());
        execution.setVariable(ProcessVariables.DEPARTMENT_GROUP, Groups.department(code));
        execution.setVariable(ProcessVariables.DEPARTMENT_NAME, names.name(year, code));
        execution.setVariable(ProcessVariables.DRAFTING_URL,
                settings.draftingPage() + "?year=" + year + "&dept=" + code);
        execution.setVariables(status.variables(year, code));
    }
}
