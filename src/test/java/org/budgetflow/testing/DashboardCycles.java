package org.budgetflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.Groups;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Moves departments through a cycle for the dashboard tests, as their users would, at times the test sets on the
 * engine's clock: cycles opened and budgets uploaded through the use cases, tasks completed through the engine as the
 * user (so the audit trail names the user), 批复 and 公开 run by executing their jobs (the dashboard tests run without
 * a job executor). Years before 2023 (the demo cycles) are free for the tests; the bundled classification is valid
 * from 2018.
 */
public final class DashboardCycles {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final CurrentUser FINANCE = new CurrentUser("finance", Set.of(Groups.FINANCE));
    private static final Map<String, String> NAMES = Map.of("310", "洛阳市西工区社区治理和服务创新办公室",
            "311", "洛阳市西工区医疗保障局", "101", "洛阳市西工区人民代表大会常务委员会办公室");

    private final CycleService cycles;
    private final BudgetService budgets;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final RuntimeService runtime;

    public DashboardCycles(ProcessEngine engine, CycleService cycles, BudgetService budgets) {
        this.cycles = cycles;
        this.budgets = budgets;
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
        this.management = engine.getManagementService();
        this.runtime = engine.getRuntimeService();
    }

    /** Sets the engine's clock (and so the application's) to this local time in Asia/Shanghai. */
    public static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /** Opens the year's cycle as the finance bureau, with the date of the 人代会 or none. */
    public void open(int year, String congressDate, String... departments) {
        cycles.open(new CycleService.OpenRequest(year, List.of(departments), Map.of(),
                congressDate == null ? null : LocalDate.parse(congressDate)), FINANCE);
    }

    /** Uploads a valid budget (the worked example moved to the department) as the department's user. */
    public void upload(int year, String department, int revision) {
        ObjectNode tree = WorkflowBudgets.tree(department, NAMES.getOrDefault(department, "测试部门 " + department));
        tree.put("year", year);
        if (revision > 0) {
            ((ObjectNode) tree.get("department")).put("composition", "修订 " + revision);
        }
        BudgetService.Upload upload = budgets.upload(year, department, SharedExamples.bytes(tree),
                new CurrentUser("dept" + department, Set.of(Groups.department(department))));
        assertThat(upload.findings()).noneMatch(f -> f.isError());
    }

    /** Uploads a budget and submits 部门编制: the department goes to 财政局审核. */
    public void submit(int year, String department, int revision) {
        upload(year, department, revision);
        complete("dept" + department, year + "-" + department, "draftBudget", Map.of());
    }

    public void financeReview(int year, String department, String decision, String comment) {
        Map<String, Object> variables = comment == null ? Map.of("decision", decision)
                : Map.of("decision", decision, "comment", comment);
        complete("finance", year + "-" + department, "financeReview", variables);
    }

    public void performanceAudit(int year, String department, String grade, String comment) {
        complete("performance", year + "-" + department, "performanceAudit", Map.of("grade", grade, "comment", comment));
    }

    public void congressApproves(int year, String comment) {
        // the review's book is prepared asynchronously (no job executor here) before the congress task exists
        management.createJobQuery().activityId("prepareCongressBook").list()
                .forEach(job -> management.executeJob(job.getId()));
        complete("congress", String.valueOf(year), "congressApproval", Map.of("decision", "approve", "comment", comment));
    }

    /** Runs the waiting asynchronous step ({@code recordApproval} 批复 or {@code publishDisclosure} 公开). */
    public void runStep(int year, String department, String activityId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(year + "-" + department).singleResult();
        Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
        assertThat(job).as("job %s of %s-%s", activityId, year, department).isNotNull();
        management.executeJob(job.getId());
    }

    /** Completes the task as the user (in the demo each user's group has the user's id). */
    public void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("task %s of %s", taskKey, businessKey).isNotNull();
        identity.setAuthentication(user, List.of(user));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
