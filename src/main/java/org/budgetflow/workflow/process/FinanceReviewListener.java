package org.budgetflow.workflow.process;

import java.util.Set;

import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * User task {@code financeReview} (财政局审核): on create the form starts without a decision; on complete the
 * decision must be {@code approve} or {@code return}, a return needs a comment, and the decision enters the audit
 * trail. A return's comment is shown to the department.
 */
@Component
public class FinanceReviewListener implements TaskListener {
    private static final Set<String> DECISIONS = Set.of(ProcessVariables.APPROVE, ProcessVariables.RETURN);

    private final CycleStore cycles;
    private final DecisionStore decisions;
    private final WorkflowClock clock;

    public FinanceReviewListener(CycleStore cycles, DecisionStore decisions, WorkflowClock clock) {
        this.cycles = cycles;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = ProcessVariables.year(task);
        String code = ProcessVariables.department(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            cycles.setStage(year, code, Stage.FINANCE_REVIEW, clock.now());
            task.getExecution().removeVariable(ProcessVariables.DECISION);
            task.getExecution().removeVariable(ProcessVariables.COMMENT);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String decision = ProcessVariables.text(task, ProcessVariables.DECISION);
            String comment = ProcessVariables.text(task, ProcessVariables.COMMENT);
            if (!DECISIONS.contains(decision)) {
                throw new TaskInputException("请选择审核结论：通过（approve）或退回（return）");
            }
            boolean returned = ProcessVariables.RETURN.equals(decision);
            if (returned && comment.isEmpty()) {
                throw new TaskInputException("退回时必须填写退回意见（comment）");
            }
            if (returned) {
                task.setVariable(ProcessVariables.RETURN_COMMENT, "财政局审核退回：" + comment);
            }
            decisions.record(new Decision(year, code, Decision.Step.FINANCE_REVIEW, decision, emptyToNull(comment),
                    budgetVersion(task), Users.completing(task), clock.now(), task.getId()));
        }
    }

    static Integer budgetVersion(DelegateTask task) {
        Object version = task.getVariable(ProcessVariables.BUDGET_VERSION);
        return version instanceof Number number ? number.intValue() : null;
    }

    static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
