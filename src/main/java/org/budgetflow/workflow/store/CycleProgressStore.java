package org.budgetflow.workflow.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.workflow.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries over whole cycles for the progress dashboard: every cycle with its departments counted by stage,
 * and a cycle's audit trail ({@code bf_decision}) in one query instead of one per department.
 */
@Repository
public class CycleProgressStore {
    private static final String DECISION_COLUMNS = "budget_year, department_code, step, decision, comment, "
            + "budget_version, decided_by, decided_at, task_id";

    private final JdbcClient jdbc;

    public CycleProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every cycle, newest year first. */
    public List<CycleSummary> cycles() {
        Map<Integer, Map<Stage, Integer>> counts = new HashMap<>();
        jdbc.sql("select budget_year, stage, count(*) as departments from bf_cycle_department "
                        + "group by budget_year, stage")
                .query((row, i) -> new StageCount(row.getInt("budget_year"), Stage.valueOf(row.getString("stage")),
                        row.getInt("departments")))
                .list()
                .forEach(c -> counts.computeIfAbsent(c.year(), year -> new EnumMap<>(Stage.class))
                        .put(c.stage(), c.departments()));
        return jdbc.sql("select budget_year, opened_at, opened_by, congress_date, submissions_closed_at from bf_cycle "
                        + "order by budget_year desc")
                .query((row, i) -> new CycleSummary(row.getInt("budget_year"), Timestamps.instant(row, "opened_at"),
                        row.getString("opened_by"), Timestamps.date(row, "congress_date"),
                        Timestamps.instant(row, "submissions_closed_at"),
                        counts.getOrDefault(row.getInt("budget_year"), Map.of())))
                .list();
    }

    /** Every decision of a cycle, by department code, each department's oldest first. */
    public List<Decision> decisions(int year) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from bf_decision where budget_year = ? "
                        + "order by department_code, decided_at, id")
                .param(year).query(CycleProgressStore::decision).list();
    }

    private record StageCount(int year, Stage stage, int departments) {
    }

    private static Decision decision(ResultSet row, int i) throws SQLException {
        return new Decision(row.getInt("budget_year"), row.getString("department_code"),
                Decision.Step.valueOf(row.getString("step")), row.getString("decision"), row.getString("comment"),
                row.getObject("budget_version", Integer.class), row.getString("decided_by"),
                Timestamps.instant(row, "decided_at"), row.getString("task_id"));
    }
}
