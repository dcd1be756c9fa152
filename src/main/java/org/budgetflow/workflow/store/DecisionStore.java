package org.budgetflow.workflow.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of decisions ({@code bf_decision}); entries are only ever added. */
@Repository
public class DecisionStore {
    private static final String COLUMNS = "budget_year, department_code, step, decision, comment, budget_version, "
            + "decided_by, decided_at, task_id";

    private final JdbcClient jdbc;

    public DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Decision decision) {
        jdbc.sql("insert into bf_decision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(decision.year(), decision.departmentCode(), decision.step().name(), decision.decision(),
                        decision.comment(), decision.budgetVersion(), decision.decidedBy(),
                        Timestamps.of(decision.decidedAt()), decision.taskId())
                .update();
    }

    /** A department's decisions, oldest first. */
    public List<Decision> of(int year, String departmentCode) {
        return jdbc.sql("select " + COLUMNS + " from bf_decision where budget_year = ? and department_code = ? "
                        + "order by decided_at, id")
                .params(year, departmentCode).query(DecisionStore::decision).list();
    }

    public Optional<Decision> last(int year, String departmentCode) {
        List<Decision> all = of(year, departmentCode);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The latest decision of every department of a cycle that has one. */
    public Map<String, Decision> lastPerDepartment(int year) {
        Map<String, Decision> last = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from bf_decision where budget_year = ? order by decided_at, id").param(year)
                .query(DecisionStore::decision).list()
                .forEach(d -> last.put(d.departmentCode(), d));
        return last;
    }

    private static Decision decision(ResultSet row, int i) throws SQLException {
        return new Decision(row.getInt("budget_year"), row.getString("department_code"),
                Decision.Step.valueOf(row.getString("step")), row.getString("decision"), row.getString("comment"),
                row.getObject("budget_version", Integer.class), row.getString("decided_by"),
                Timestamps.instant(row, "decided_at"), row.getString("task_id"));
    }
}
