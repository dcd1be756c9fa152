package org.budgetflow.workflow.store;

import java.time.Instant;
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

    /** Records a publication unless the version was published before; returns the record that holds. */
    public Publication record(int year, String departmentCode, int version, Instant at, String checksum) {
        Optional<Publication> existing = find(year, departmentCode, version);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into bf_publication (budget_year, department_code, budget_version, published_at, checksum) "
                        + "values (?, ?, ?, ?, ?)")
                .params(year, departmentCode, version, Timestamps.of(at), checksum).update();
        return find(year, departmentCode, version).orElseThrow();
    }
}
