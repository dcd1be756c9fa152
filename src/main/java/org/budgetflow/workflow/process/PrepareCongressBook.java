package org.budgetflow.workflow.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.budgetflow.book.BookFiles;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CongressBookStore;
import org.budgetflow.workflow.store.CongressBookStore.BookFile;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code prepareCongressBook} (编制人大审查材料, asynchronous with retries): the congress review book of the
 * review just opened — every department under review with its 预算情况, its 整体绩效目标 and its projects' performance
 * targets, the district's totals and the validator's findings per department — as book.json, book.pdf and book.xlsx,
 * stored with the review and linked from (and attached to) the 人大审查批准 task.
 */
@Component
public class PrepareCongressBook implements JavaDelegate {
    static final Map<String, String> CONTENT_TYPES = Map.of(
            "book.json", "application/json",
            "book.pdf", "application/pdf",
            "book.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CycleStore cycles;
    private final BudgetVersionStore versions;
    private final CongressBookStore books;
    private final WorkflowClock clock;
    private final BookFiles bookFiles = BookFiles.standard();
    private final BudgetJsonReader reader = new BudgetJsonReader();

    public PrepareCongressBook(CycleStore cycles, BudgetVersionStore versions, CongressBookStore books,
            WorkflowClock clock) {
        this.cycles = cycles;
        this.versions = versions;
        this.books = books;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        int session = ((Number) execution.getVariable(ProcessVariables.CONGRESS_SESSION)).intValue();
        List<Budget> budgets = new ArrayList<>();
        for (CycleDepartment department : cycles.departments(year)) {
            if (department.stage() == Stage.CONGRESS_REVIEW && Integer.valueOf(session)
                    .equals(department.congressSession())) {
                String document = versions.latest(year, department.code()).orElseThrow().document();
                budgets.add(reader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
            }
        }
        List<BookFile> files = new ArrayList<>();
        bookFiles.render(year, budgets).forEach((name, content) -> files.add(new BookFile(name,
                CONTENT_TYPES.getOrDefault(name, "application/octet-stream"), BudgetVersionStore.sha256(content),
                content)));
        books.replace(year, session, files, clock.now());
        execution.setVariable(ProcessVariables.CONGRESS_BOOK_LINKS, links(year, session, budgets.size()));
    }

    /** The form's text: links to the three files of the book. */
    static String links(int year, int session, int departments) {
        String base = "/api/cycles/" + year + "/congress-books/" + session + "/";
        return "**审查材料（" + departments + " 个部门的预算绩效目标表）：** [PDF](" + base + "book.pdf) · [Excel]("
                + base + "book.xlsx) · [JSON](" + base + "book.json)";
    }
}
