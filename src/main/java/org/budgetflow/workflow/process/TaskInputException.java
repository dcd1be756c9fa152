package org.budgetflow.workflow.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task cannot be completed with the variables given (no decision, a return without a comment …). Thrown by the
 * task listeners on completion; the engine refuses the completion and Tasklist shows the Chinese message.
 */
public class TaskInputException extends ProcessEngineException {
    private static final long serialVersionUID = 1L;

    public TaskInputException(String message) {
        super(message);
    }
}
