package org.budgetflow.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the user authenticated with the engine, else the task's assignee. */
final class Users {
    static final String ANONYMOUS = "anonymous";

    private Users() {
    }

    static String completing(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : ANONYMOUS;
    }
}
