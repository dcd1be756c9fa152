package org.budgetflow.workflow.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.budgetflow.workflow.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cycles and their departments ({@code bf_cycle}, {@code bf_cycle_department}). */
@Repository
public class CycleStore {
    private static final String CYCLE_COLUMNS = "budget_year, congress_date, process_instance_id, opened_by, opened_at, "
            + "submissions_closed_at, congress_sessions";
    private static final String DEPARTMENT_COLUMNS = "budget_year, department_code, ceiling, stage, admissible, "
            + "inadmissible_version, congress_session, congress_approved_on, process_instance_id, updated_at";

    private final JdbcClient jdbc;

    public CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertCycle(int year, LocalDate congressDate, String openedBy, Instant openedAt) {
        jdbc.sql("insert into bf_cycle (budget_year, congress_date, opened_by, opened_at) values (?, ?, ?, ?)")
                .params(year, congressDate, openedBy, Timestamps.of(openedAt)).update();
    }

    public void insertDepartment(int year, String code, BigDecimal ceiling, Instant at) {
        jdbc.sql("insert into bf_cycle_department (budget_year, department_code, ceiling, stage, updated_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(year, code, ceiling, Stage.DRAFTING.name(), Timestamps.of(at)).update();
    }

    public Optional<Cycle> cycle(int year) {
        return jdbc.sql("select " + CYCLE_COLUMNS + " from bf_cycle where budget_year = ?").param(year)
                .query(CycleStore::cycle).optional();
    }

    /**
     * Reads the cycle and locks its row until the transaction ends. Every step that decides whether the congress
     * review can start, or that changes what it depends on, takes this lock first, so those steps run one at a time.
     */
    public Cycle lock(int year) {
        return jdbc.sql("select " + CYCLE_COLUMNS + " from bf_cycle where budget_year = ? for update").param(year)
                .query(CycleStore::cycle).optional()
                .orElseThrow(() -> new IllegalStateException("No cycle for " + year));
    }

    public void setProcessInstance(int year, String processInstanceId) {
        jdbc.sql("update bf_cycle set process_instance_id = ? where budget_year = ?").params(processInstanceId, year)
                .update();
    }

    public void closeSubmissions(int year, String by, Instant at) {
        jdbc.sql("update bf_cycle set submissions_closed_at = ?, submissions_closed_by = ? "
                        + "where budget_year = ? and submissions_closed_at is null")
                .params(Timestamps.of(at), by, year).update();
    }

    /** Counts one more congress review of the cycle and returns its number (1 for the first). */
    public int nextCongressSession(int year) {
        jdbc.sql("update bf_cycle set congress_sessions = congress_sessions + 1 where budget_year = ?").param(year)
                .update();
        return jdbc.sql("select congress_sessions from bf_cycle where budget_year = ?").param(year)
                .query(Integer.class).single();
    }

    public List<CycleDepartment> departments(int year) {
        return jdbc.sql("select " + DEPARTMENT_COLUMNS + " from bf_cycle_department where budget_year = ? "
                + "order by department_code").param(year).query(CycleStore::department).list();
    }

    public Optional<CycleDepartment> department(int year, String code) {
        return jdbc.sql("select " + DEPARTMENT_COLUMNS + " from bf_cycle_department "
                + "where budget_year = ? and department_code = ?").params(year, code)
                .query(CycleStore::department).optional();
    }

    /** Reads a department of a cycle and locks its row until the transaction ends (one upload at a time). */
    public Optional<CycleDepartment> lockDepartment(int year, String code) {
        return jdbc.sql("select " + DEPARTMENT_COLUMNS + " from bf_cycle_department "
                + "where budget_year = ? and department_code = ? for update").params(year, code)
                .query(CycleStore::department).optional();
    }

    public void setStage(int year, String code, Stage stage, Instant at) {
        jdbc.sql("update bf_cycle_department set stage = ?, updated_at = ? where budget_year = ? and department_code = ?")
                .params(stage.name(), Timestamps.of(at), year, code).update();
    }

    public void setDepartmentProcess(int year, String code, String processInstanceId) {
        jdbc.sql("update bf_cycle_department set process_instance_id = ? where budget_year = ? and department_code = ?")
                .params(processInstanceId, year, code).update();
    }

    /** The grade 差: the version may not go on until the department submits a revised one. */
    public void markInadmissible(int year, String code, int version) {
        jdbc.sql("update bf_cycle_department set admissible = false, inadmissible_version = ? "
                        + "where budget_year = ? and department_code = ?")
                .params(version, year, code).update();
    }

    public void markAdmissible(int year, String code) {
        jdbc.sql("update bf_cycle_department set admissible = true, inadmissible_version = null "
                        + "where budget_year = ? and department_code = ?")
                .params(year, code).update();
    }

    public void setCongressReview(int year, String code, int session, Instant at) {
        jdbc.sql("update bf_cycle_department set stage = ?, congress_session = ?, updated_at = ? "
                        + "where budget_year = ? and department_code = ?")
                .params(Stage.CONGRESS_REVIEW.name(), session, Timestamps.of(at), year, code).update();
    }

    public void setCongressApproved(int year, String code, LocalDate clockStart, Instant at) {
        jdbc.sql("update bf_cycle_department set stage = ?, congress_approved_on = ?, updated_at = ? "
                        + "where budget_year = ? and department_code = ?")
                .params(Stage.APPROVED.name(), clockStart, Timestamps.of(at), year, code).update();
    }

    private static Cycle cycle(ResultSet row, int i) throws SQLException {
        return new Cycle(row.getInt("budget_year"), Timestamps.date(row, "congress_date"),
                row.getString("process_instance_id"), row.getString("opened_by"), Timestamps.instant(row, "opened_at"),
                Timestamps.instant(row, "submissions_closed_at"), row.getInt("congress_sessions"));
    }

    private static CycleDepartment department(ResultSet row, int i) throws SQLException {
        return new CycleDepartment(row.getInt("budget_year"), row.getString("department_code"),
                row.getBigDecimal("ceiling"), Stage.valueOf(row.getString("stage")), row.getBoolean("admissible"),
                (Integer) row.getObject("inadmissible_version", Integer.class),
                (Integer) row.getObject("congress_session", Integer.class), Timestamps.date(row, "congress_approved_on"),
                row.getString("process_instance_id"), Timestamps.instant(row, "updated_at"));
    }
}
