package org.budgetflow.workflow.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every submitted version of a department's budget and the findings of its validation. */
@Repository
public class BudgetVersionStore {
    private static final String COLUMNS = "id, budget_year, department_code, version, document, sha256, submitted_by, "
            + "submitted_at, frozen";

    private final JdbcClient jdbc;

    public BudgetVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new version, numbered after the latest. The caller holds the department's lock
     * ({@link CycleStore#lockDepartment}), so two uploads never get the same number.
     */
    public BudgetVersion add(int year, String departmentCode, String document, String submittedBy, Instant at) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from bf_budget_version "
                        + "where budget_year = ? and department_code = ?")
                .params(year, departmentCode).query(Integer.class).single();
        jdbc.sql("insert into bf_budget_version (budget_year, department_code, version, document, sha256, submitted_by, "
                        + "submitted_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(year, departmentCode, version, document, sha256(document), submittedBy, Timestamps.of(at))
                .update();
        return version(year, departmentCode, version).orElseThrow();
    }

    public Optional<BudgetVersion> latest(int year, String departmentCode) {
        return jdbc.sql("select " + COLUMNS + " from bf_budget_version where budget_year = ? and department_code = ? "
                        + "order by version desc fetch first 1 rows only")
                .params(year, departmentCode).query(BudgetVersionStore::version).optional();
    }

    public Optional<BudgetVersion> version(int year, String departmentCode, int version) {
        return jdbc.sql("select " + COLUMNS + " from bf_budget_version "
                        + "where budget_year = ? and department_code = ? and version = ?")
                .params(year, departmentCode, version).query(BudgetVersionStore::version).optional();
    }

    /** The versions of a department's budget, oldest first, without their documents. */
    public List<BudgetVersion> versions(int year, String departmentCode) {
        return jdbc.sql("select id, budget_year, department_code, version, '' as document, sha256, submitted_by, "
                        + "submitted_at, frozen from bf_budget_version where budget_year = ? and department_code = ? "
                        + "order by version")
                .params(year, departmentCode).query(BudgetVersionStore::version).list();
    }

    public void freeze(int year, String departmentCode, int version) {
        jdbc.sql("update bf_budget_version set frozen = true "
                        + "where budget_year = ? and department_code = ? and version = ?")
                .params(year, departmentCode, version).update();
    }

    /** Replaces the findings of a version by those of its latest validation. */
    public void replaceFindings(long versionId, List<Finding> findings) {
        jdbc.sql("delete from bf_finding where version_id = ?").param(versionId).update();
        int position = 0;
        for (Finding finding : findings) {
            jdbc.sql("insert into bf_finding (version_id, position, rule, severity, message, location) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(versionId, position++, finding.rule(), finding.severity().name(),
                            clip(finding.message(), 4000), clip(finding.location(), 1000))
                    .update();
        }
    }

    public List<Finding> findings(long versionId) {
        return jdbc.sql("select rule, severity, message, location from bf_finding where version_id = ? order by position")
                .param(versionId)
                .query((row, i) -> new Finding(row.getString("rule"), Severity.valueOf(row.getString("severity")),
                        row.getString("message"), row.getString("location")))
                .list();
    }

    public static String sha256(String document) {
        return sha256(document.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static BudgetVersion version(ResultSet row, int i) throws SQLException {
        return new BudgetVersion(row.getLong("id"), row.getInt("budget_year"), row.getString("department_code"),
                row.getInt("version"), row.getString("document"), row.getString("sha256"),
                row.getString("submitted_by"), Timestamps.instant(row, "submitted_at"), row.getBoolean("frozen"));
    }
}
