package org.budgetflow.workflow.process;

import java.util.Set;

import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * User task {@code correctionReview} (财政局审核更正), on complete: the decision must be {@code approve} or
 * {@code reject}, a rejection needs a comment, and the decision enters the department's audit trail.
 */
@Component
public class CorrectionReviewListener implements TaskListener {
    private static final Set<String> DECISIONS = Set.of(ProcessVariables.APPROVE, ProcessVariables.REJECT);

    private final DecisionStore decisions;
    private final WorkflowClock clock;

    public CorrectionReviewListener(DecisionStore decisions, WorkflowClock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessVariables.text(task, ProcessVariables.DECISION);
        String comment = ProcessVariables.text(task, ProcessVariables.COMMENT);
        if (!DECISIONS.contains(decision)) {
            throw new TaskInputException("请选择审核结论：同意更正（approve）或不同意（reject）");
        }
        if (ProcessVariables.REJECT.equals(decision) && comment.isEmpty()) {
            throw new TaskInputException("不同意更正时必须填写审核意见（comment）");
        }
        decisions.record(new Decision(ProcessVariables.year(task), ProcessVariables.department(task),
                Decision.Step.CORRECTION, decision, comment.isEmpty() ? null : comment,
                FinanceReviewListener.budgetVersion(task), Users.completing(task), clock.now(), task.getId()));
    }
}
