package org.budgetflow.workflow.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.budgetflow.workflow.DisclosurePublisher.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publication records ({@code bf_publication}): one per published version. */
@Repository
public class PublicationStore {
    private final JdbcClient jdbc;

    public PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Publication> find(int year, String departmentCode, int version) {
        return jdbc.sql("select budget_year, department_code, budget_version, published_at, checksum from bf_publication "
                        + "where budget_year = ? and department_code = ? and budget_version = ?")
                .params(year, departmentCode, version)
                .query((row, i) -> new Publication(row.getInt("budget_year"), row.getString("department_code"),
                        row.getInt("budget_version"), Timestamps.instant(row, "published_at"),
                        row.getString("checksum")))
                .optional();
    }

    public Optional<Publication> latest(int year, String departmentCode) {
        return jdbc.sql("select budget_version from bf_publication where budget_year = ? and department_code = ? "
                        + "order by budget_version desc fetch first 1 rows only")
                .params(year, departmentCode).query(Integer.class).optional()
                .flatMap(version -> find(year, departmentCode, version));
    }

    /** The published versions of a department's budget, newest first, with the reason of each correction. */
    public List<Published> versions(int year, String departmentCode) {
        return jdbc.sql("select budget_version, published_at, checksum, correction_reason from bf_publication "
                        + "where budget_year = ? and department_code = ? order by budget_version desc")
                .params(year, departmentCode)
                .query((row, i) -> new Published(new Publication(year, departmentCode, row.getInt("budget_version"),
                        Timestamps.instant(row, "published_at"), row.getString("checksum")),
                        row.getString("correction_reason")))
                .list();
    }

    /** The (year, department) pairs with at least one publication, newest year first, then by code. */
    public List<Key> published() {
        return jdbc.sql("select distinct budget_year, department_code from bf_publication "
                        + "order by budget_year desc, department_code")
                .query((row, i) -> new Key(row.getInt("budget_year"), row.getString("department_code")))
                .list();
    }

    /**
     * Records a publication unless the version was published before; returns the record that holds. Two concurrent
     * callers cannot both insert: the primary key refuses the second, whose transaction then fails and is retried.
     */
    public Publication record(int year, String departmentCode, int version, Instant at, String checksum,
                              String correctionReason) {
        Optional<Publication> existing = find(year, departmentCode, version);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into bf_publication (budget_year, department_code, budget_version, published_at, checksum, "
                        + "correction_reason) values (?, ?, ?, ?, ?, ?)")
                .params(year, departmentCode, version, Timestamps.of(at), checksum, correctionReason).update();
        return find(year, departmentCode, version).orElseThrow();
    }

    /** A publication with the reason of the correction it published ({@code null} for the first one). */
    public record Published(Publication publication, String correctionReason) {
    }

    /** A department's budget of a year. */
    public record Key(int year, String departmentCode) {
    }
}
