package org.budgetflow.workflow.process;

import java.util.List;

import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.service.DraftStatus;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * User task {@code performanceAudit} (绩效目标审核): on create the reviewer gets the indicator findings (L1–L10) of the
 * version under review; on complete the grade must be 优, 良, 中 or 差 (中 and 差 with a comment). 中 sends the budget
 * back for revision; 差 also marks the version as not admissible until a revised one is submitted.
 */
@Component
public class PerformanceAuditListener implements TaskListener {
    static final List<String> GRADES = List.of("优", "良", "中", "差");

    private final CycleStore cycles;
    private final DecisionStore decisions;
    private final DraftStatus status;
    private final WorkflowClock clock;

    public PerformanceAuditListener(CycleStore cycles, DecisionStore decisions, DraftStatus status,
            WorkflowClock clock) {
        this.cycles = cycles;
        this.decisions = decisions;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = ProcessVariables.year(task);
        String code = ProcessVariables.department(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            cycles.setStage(year, code, Stage.PERFORMANCE_AUDIT, clock.now());
            task.getExecution().setVariables(status.variables(year, code));
            task.getExecution().removeVariable(ProcessVariables.GRADE);
            task.getExecution().removeVariable(ProcessVariables.COMMENT);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, year, code);
        }
    }

    private void complete(DelegateTask task, int year, String code) {
        String grade = ProcessVariables.text(task, ProcessVariables.GRADE);
        String comment = ProcessVariables.text(task, ProcessVariables.COMMENT);
        if (!GRADES.contains(grade)) {
            throw new TaskInputException("请评定绩效目标等级：优、良、中或差（grade）");
        }
        Integer version = FinanceReviewListener.budgetVersion(task);
        boolean sentBack = "中".equals(grade) || "差".equals(grade);
        if (sentBack && comment.isEmpty()) {
            throw new TaskInputException("评为“" + grade + "”时必须填写审核意见（comment）");
        }
        if ("中".equals(grade)) {
            task.setVariable(ProcessVariables.RETURN_COMMENT, "绩效目标审核评为“中”，请修改后重新提交：" + comment);
        } else if ("差".equals(grade)) {
            if (version != null) {
                cycles.markInadmissible(year, code, version);
            }
            task.setVariable(ProcessVariables.RETURN_COMMENT,
                    "绩效目标审核评为“差”，修改前不得进入预算安排，请修改后上传新版本再提交：" + comment);
        }
        decisions.record(new Decision(year, code, Decision.Step.PERFORMANCE_AUDIT, grade,
                FinanceReviewListener.emptyToNull(comment), version, Users.completing(task), clock.now(),
                task.getId()));
    }
}
