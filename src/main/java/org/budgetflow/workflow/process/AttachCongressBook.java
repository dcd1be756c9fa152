package org.budgetflow.workflow.process;

import java.io.ByteArrayInputStream;

import org.budgetflow.workflow.store.CongressBookStore;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener ({@code create}) of {@code congressApproval}: attaches the review's book (book.pdf, book.xlsx,
 * book.json) to the task, so that it travels with the task (engine REST {@code /task/{id}/attachment}).
 */
@Component
public class AttachCongressBook implements TaskListener {
    private final CongressBookStore books;

    public AttachCongressBook(CongressBookStore books) {
        this.books = books;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = ProcessVariables.year(task);
        int session = ((Number) task.getVariable(ProcessVariables.CONGRESS_SESSION)).intValue();
        var taskService = task.getProcessEngineServices().getTaskService();
        for (String name : books.fileNames(year, session)) {
            CongressBookStore.BookFile file = books.file(year, session, name).orElseThrow();
            taskService.createAttachment(file.contentType(), task.getId(), task.getProcessInstanceId(), name,
                    year + " 年第 " + session + " 次人大审查材料（SHA-256 " + file.sha256() + "）",
                    new ByteArrayInputStream(file.content()));
        }
    }
}
