package org.budgetflow.workflow.api;

import java.net.URI;

import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.service.CorrectionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/budgets/{year}/{dept}/corrections} {@code {"reason", "budget"}}: the department asks to correct
 * its published budget (更正公开); 201 {@code {"version", "processInstanceId", "errors", "warnings", "findings"}}.
 */
@RestController
public class CorrectionController {
    private final CorrectionService corrections;
    private final CurrentUsers users;

    public CorrectionController(CorrectionService corrections, CurrentUsers users) {
        this.corrections = corrections;
        this.users = users;
    }

    public record Requested(int version, String processInstanceId, long errors, long warnings,
                            java.util.List<ApiFinding> findings) {
    }

    @PostMapping("/api/budgets/{year}/{dept}/corrections")
    public ResponseEntity<Requested> request(@PathVariable int year, @PathVariable String dept,
            @RequestBody(required = false) byte[] body) {
        CorrectionService.Requested requested = corrections.request(year, dept, body, users.require());
        ApiFinding.Report report = ApiFinding.Report.of(requested.version(), requested.findings());
        return ResponseEntity.created(URI.create("/api/budgets/" + year + "/" + dept + "?version="
                        + requested.version()))
                .body(new Requested(requested.version(), requested.processInstanceId(), report.errors(),
                        report.warnings(), report.findings()));
    }
}
