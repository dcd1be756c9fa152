package org.budgetflow.workflow.api;

import java.nio.charset.StandardCharsets;

import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.service.WorkflowException;
import org.budgetflow.workflow.store.CongressBookStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cycles/{year}/congress-books/{session}/{file}}: the review book of a congress review (book.pdf,
 * book.xlsx, book.json) for finance, performance, congress and admin.
 */
@RestController
public class CongressBookController {
    private final CongressBookStore books;
    private final CurrentUsers users;

    public CongressBookController(CongressBookStore books, CurrentUsers users) {
        this.books = books;
        this.users = users;
    }

    @GetMapping("/api/cycles/{year}/congress-books/{session}/{file:.+}")
    public ResponseEntity<byte[]> file(@PathVariable int year, @PathVariable int session, @PathVariable String file) {
        CurrentUser user = users.require();
        if (!user.isOversight()) {
            throw WorkflowException.forbidden("只有财政局、绩效管理、人大和管理员可以查看人大审查材料");
        }
        CongressBookStore.BookFile found = books.file(year, session, file).orElseThrow(() ->
                WorkflowException.notFound(year + " 年第 " + session + " 次人大审查没有材料 " + file));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(year + "年第" + session + "次人大审查-" + file, StandardCharsets.UTF_8).build()
                        .toString())
                .eTag("\"" + found.sha256() + "\"")
                .body(found.content());
    }
}
