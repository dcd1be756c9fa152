package org.budgetflow.workflow.process;

import java.util.List;

import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Service task {@code openCycle} (开启年度编审): links the cycle's record to its process and hands the departments of
 * the cycle, as recorded when it was opened, to the multi-instance call of the department process (a transient
 * variable: the list is read once, in the same transaction).
 */
@Component
public class OpenCycle implements JavaDelegate {
    private final CycleStore cycles;

    public OpenCycle(CycleStore cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        cycles.setProcessInstance(year, execution.getProcessInstanceId());
        List<String> codes = cycles.departments(year).stream().map(CycleDepartment::code).toList();
        execution.setVariable(ProcessVariables.DEPARTMENT_CODES, Variables.objectValue(codes, true).create());
    }
}
