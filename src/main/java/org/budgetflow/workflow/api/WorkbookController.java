package org.budgetflow.workflow.api;

import java.nio.charset.StandardCharsets;

import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.service.WorkbookDrafts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/budgets/{year}/{dept}/workbook}: drafting in Excel. {@code GET} downloads the department's workbook
 * (its latest version, or the empty template); {@code PUT} uploads a filled-in workbook (the .xlsx bytes as the
 * body), stored as a new version like a budget-v1 upload, its findings placed in the workbook.
 */
@RestController
@RequestMapping("/api/budgets/{year}/{dept}/workbook")
public class WorkbookController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkbookDrafts workbooks;
    private final CurrentUsers users;

    public WorkbookController(WorkbookDrafts workbooks, CurrentUsers users) {
        this.workbooks = workbooks;
        this.users = users;
    }

    /** 200 {@code {"version", "errors", "warnings", "findings": [{…, "cell": {sheet, row, column, ref, label}}]}}. */
    @PutMapping
    public ApiFinding.Report upload(@PathVariable int year, @PathVariable String dept,
            @RequestBody(required = false) byte[] body) {
        WorkbookDrafts.WorkbookUpload upload = workbooks.upload(year, dept, body, users.require());
        return ApiFinding.Report.of(upload.upload().version(), upload.upload().findings(),
                location -> upload.sources().place(location).map(ApiFinding.Cell::of).orElse(null));
    }

    @GetMapping
    public ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable String dept) {
        byte[] workbook = workbooks.download(year, dept, users.require());
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(year + "年部门" + dept + "预算编制.xlsx", StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(workbook);
    }
}
