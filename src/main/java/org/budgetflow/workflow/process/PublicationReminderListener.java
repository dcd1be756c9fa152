package org.budgetflow.workflow.process;

import org.budgetflow.workflow.store.Decision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** User task {@code publicationReminder} (公开期限提醒, finance): day 15 after the 批复, not published yet. */
@Component
public class PublicationReminderListener implements TaskListener {
    private final DeadlineReminders reminders;

    public PublicationReminderListener(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void notify(DelegateTask task) {
        reminders.remind(task, Decision.Step.PUBLICATION, task.getVariable(ProcessVariables.DEPARTMENT_NAME) + "（"
                + ProcessVariables.department(task) + "）" + ProcessVariables.year(task) + " 年部门预算已于 "
                + task.getVariable(ProcessVariables.APPROVAL_DATE) + " 批复（" 
                + task.getVariable(ProcessVariables.APPROVAL_DOCUMENT_NUMBER) + "），尚未公开。法定期限为 "
                + task.getVariable(ProcessVariables.PUBLICATION_DUE_DATE)
                + "（预算法第十四条：批复后二十日内公开），请在 Cockpit 中查看“公开”步骤并尽快处理。");
    }
}
