package org.budgetflow.workflow.process;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.service.DepartmentCodes;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * User task {@code congressApproval} (人大审查批准), on complete: {@code decision} approve|return; a return names the
 * departments ({@code returnDepartments}, among those under review) and gives the reasons ({@code comment}). Every
 * department under review gets its decision in the audit trail: returned, or approved.
 */
@Component
public class CongressApprovalListener implements TaskListener {
    private final CycleStore cycles;
    private final DecisionStore decisions;
    private final WorkflowClock clock;

    public CongressApprovalListener(CycleStore cycles, DecisionStore decisions, WorkflowClock clock) {
        this.cycles = cycles;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        int year = ProcessVariables.year(task);
        String decision = ProcessVariables.text(task, ProcessVariables.DECISION);
        String comment = ProcessVariables.text(task, ProcessVariables.COMMENT);
        List<String> returned = DepartmentCodes.from(task.getVariable(ProcessVariables.RETURN_DEPARTMENTS));
        Set<String> underReview = underReview(year);
        if (!ProcessVariables.APPROVE.equals(decision) && !ProcessVariables.RETURN.equals(decision)) {
            throw new TaskInputException("请选择审查结论：批准（approve）或退回部门（return）");
        }
        if (ProcessVariables.APPROVE.equals(decision) && !returned.isEmpty()) {
            throw new TaskInputException("批准时不能指定退回部门；如需退回，请选择“退回”（return）");
        }
        if (ProcessVariables.RETURN.equals(decision)) {
            if (returned.isEmpty()) {
                throw new TaskInputException("退回时必须指明退回的部门（returnDepartments）");
            }
            List<String> unknown = returned.stream().filter(code -> !underReview.contains(code)).toList();
            if (!unknown.isEmpty()) {
                throw new TaskInputException("以下部门不在本次审查范围内：" + String.join("、", unknown));
            }
            if (comment.isEmpty()) {
                throw new TaskInputException("退回时必须填写退回理由（comment）");
            }
        }
        String user = Users.completing(task);
        for (String code : underReview) {
            boolean isReturned = returned.contains(code);
            decisions.record(new Decision(year, code, Decision.Step.CONGRESS_REVIEW,
                    isReturned ? ProcessVariables.RETURN : ProcessVariables.APPROVE,
                    comment.isEmpty() ? null : comment, null, user, clock.now(), task.getId()));
        }
    }

    private Set<String> underReview(int year) {
        return cycles.departments(year).stream().filter(d -> d.stage() == Stage.CONGRESS_REVIEW)
                .map(CycleDepartment::code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
