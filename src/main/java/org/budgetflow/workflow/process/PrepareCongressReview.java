package org.budgetflow.workflow.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.service.BudgetFigures;
import org.budgetflow.workflow.service.DepartmentNames;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.JsonVariables;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code prepareCongressReview}: opens the next congress review over the departments that are ready and
 * gives the congress task each one's summary (version, expenditure, 一般公共预算, projects, 绩效 grade) and the list to
 * return departments from.
 */
@Component
public class PrepareCongressReview implements JavaDelegate {
    private final CycleStore cycles;
    private final BudgetVersionStore versions;
    private final DecisionStore decisions;
    private final DepartmentNames names;
    private final WorkflowClock clock;
    private final BudgetJsonReader reader = new BudgetJsonReader();

    public PrepareCongressReview(CycleStore cycles, BudgetVersionStore versions, DecisionStore decisions,
            DepartmentNames names, WorkflowClock clock) {
        this.cycles = cycles;
        this.versions = versions;
        this.decisions = decisions;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        cycles.lock(year);
        int session = cycles.nextCongressSession(year);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, String>> options = new ArrayList<>();
        for (CycleDepartment department : cycles.departments(year)) {
            if (department.stage() != Stage.READY_FOR_CONGRESS) {
                continue;
            }
            cycles.setCongressReview(year, department.code(), session, clock.now());
            String name = names.name(year, department.code());
            rows.add(summary(year, department.code(), name));
            options.add(Map.of("label", department.code() + " " + name, "value", department.code()));
        }
        execution.setVariable(ProcessVariables.CONGRESS_SESSION, session);
        execution.setVariable(ProcessVariables.CONGRESS_DEPARTMENTS, JsonVariables.list(rows));
        execution.setVariable(ProcessVariables.CONGRESS_DEPARTMENT_OPTIONS, JsonVariables.list(options));
        execution.setVariable(ProcessVariables.CONGRESS_SUMMARY, year + " 年部门预算第 " + session + " 次审查：共 "
                + rows.size() + " 个部门，请逐一审查后批准，或指明退回的部门并说明理由。");
        execution.removeVariable(ProcessVariables.DECISION);
        execution.removeVariable(ProcessVariables.COMMENT);
        execution.removeVariable(ProcessVariables.RETURN_DEPARTMENTS);
    }

    private Map<String, Object> summary(int year, String code, String name) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code);
        row.put("name", name);
        BudgetVersion version = versions.latest(year, code).orElseThrow();
        BudgetFigures figures = BudgetFigures.of(
                reader.read(new ByteArrayInputStream(version.document().getBytes(StandardCharsets.UTF_8))));
        row.put("version", version.version());
        row.put("expenditure", Amounts.format(figures.expenditure()));
        row.put("generalPublicBudget", Amounts.format(figures.generalPublicBudget()));
        row.put("projects", figures.projects());
        row.put("grade", decisions.of(year, code).stream()
                .filter(d -> d.step() == Decision.Step.PERFORMANCE_AUDIT).reduce((a, b) -> b)
                .map(Decision::decision).orElse(""));
        return row;
    }
}
