package org.budgetflow.workflow.api;

import java.util.List;

import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.store.BudgetVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/budgets/{year}/{dept}}: the department uploads a budget-v1 document ({@code PUT}, a new version each
 * time) and it, finance, performance, congress and admin read the versions, their findings and the audit trail.
 */
@RestController
@RequestMapping("/api/budgets/{year}/{dept}")
public class BudgetController {
    /** The response header naming the version of a returned document. */
    public static final String VERSION_HEADER = "X-Budget-Version";

    private final BudgetService budgets;
    private final CurrentUsers users;

    public BudgetController(BudgetService budgets, CurrentUsers users) {
        this.budgets = budgets;
        this.users = users;
    }

    /** Stores a new version: 200 {@code {"version", "errors", "warnings", "findings": [...]}}. */
    @PutMapping
    public ApiFinding.Report upload(@PathVariable int year, @PathVariable String dept,
            @RequestBody(required = false) byte[] body) {
        BudgetService.Upload upload = budgets.upload(year, dept, body, users.require());
        return ApiFinding.Report.of(upload.version(), upload.findings());
    }

    /** The latest version's document as submitted (or {@code ?version=n}); its number in {@value #VERSION_HEADER}. */
    @GetMapping
    public ResponseEntity<String> document(@PathVariable int year, @PathVariable String dept,
            @RequestParam(required = false) Integer version) {
        BudgetVersion stored = budgets.version(year, dept, version, users.require());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                .header(VERSION_HEADER, String.valueOf(stored.version()))
                .eTag("\"" + stored.sha256() + "\"")
                .body(stored.document());
    }

    @GetMapping("/findings")
    public ApiFinding.Report findings(@PathVariable int year, @PathVariable String dept,
            @RequestParam(required = false) Integer version) {
        BudgetService.Upload findings = budgets.findings(year, dept, version, users.require());
        return ApiFinding.Report.of(findings.version(), findings.findings());
    }

    /** Every version: number, who submitted it when, checksum, frozen. */
    @GetMapping("/versions")
    public List<VersionView> versions(@PathVariable int year, @PathVariable String dept) {
        return budgets.versions(year, dept, users.require()).stream()
                .map(v -> new VersionView(v.version(), v.submittedBy(), v.submittedAt(), v.sha256(), v.frozen()))
                .toList();
    }

    /** The department's audit trail: every decision, oldest first. */
    @GetMapping("/decisions")
    public List<ApiDecision> decisions(@PathVariable int year, @PathVariable String dept) {
        return budgets.decisions(year, dept, users.require()).stream().map(ApiDecision::of).toList();
    }

    public record VersionView(int version, String submittedBy, java.time.Instant submittedAt, String sha256,
            boolean frozen) {
    }
}
