package org.budgetflow.workflow.process;

import org.budgetflow.workflow.store.Decision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** User task {@code approvalReminder} (批复期限提醒, finance): day 15 after the congress, no 批复 recorded yet. */
@Component
public class ApprovalReminderListener implements TaskListener {
    private final DeadlineReminders reminders;

    public ApprovalReminderListener(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void notify(DelegateTask task) {
        reminders.remind(task, Decision.Step.APPROVAL, task.getVariable(ProcessVariables.DEPARTMENT_NAME) + "（"
                + ProcessVariables.department(task) + "）" + ProcessVariables.year(task) + " 年部门预算已经人大批准，"
                + "尚未登记批复。法定期限为 " + task.getVariable(ProcessVariables.APPROVAL_DUE_DATE)
                + "（预算法第五十二条：批准后二十日内批复），请在 Cockpit 中查看“登记批复”步骤并尽快处理。");
    }
}
