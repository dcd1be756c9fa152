package org.budgetflow.workflow.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 批复 records ({@code bf_approval}): one per department and year, numbered per year. */
@Repository
public class ApprovalStore {
    private final JdbcClient jdbc;

    public ApprovalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Approval> find(int year, String departmentCode) {
        return jdbc.sql("select budget_year, department_code, budget_version, document_number, approved_on, recorded_at "
                        + "from bf_approval where budget_year = ? and department_code = ?")
                .params(year, departmentCode)
                .query((row, i) -> new Approval(row.getInt("budget_year"), row.getString("department_code"),
                        row.getInt("budget_version"), row.getString("document_number"),
                        Timestamps.date(row, "approved_on"), Timestamps.instant(row, "recorded_at")))
                .optional();
    }

    public List<Approval> all(int year) {
        return jdbc.sql("select department_code from bf_approval where budget_year = ? order by sequence_number")
                .param(year).query(String.class).list().stream()
                .map(code -> find(year, code).orElseThrow()).toList();
    }

    /**
     * Records the 批复 of a version, numbering it after the year's latest; returns the existing record if the
     * department's budget was approved before (the step may run again after a failure). The caller holds the
     * cycle's lock ({@link CycleStore#lock}), so numbers are not taken twice.
     */
    public Approval record(int year, String departmentCode, int version, String documentPrefix, LocalDate on,
            Instant at) {
        Optional<Approval> existing = find(year, departmentCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        int number = jdbc.sql("select coalesce(max(sequence_number), 0) + 1 from bf_approval where budget_year = ?")
                .param(year).query(Integer.class).single();
        String documentNumber = documentPrefix + "〔" + year + "〕" + number + "号";
        jdbc.sql("insert into bf_approval (budget_year, department_code, budget_version, sequence_number, "
                        + "document_number, approved_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(year, departmentCode, version, number, documentNumber, on, Timestamps.of(at)).update();
        return find(year, departmentCode).orElseThrow();
    }
}
