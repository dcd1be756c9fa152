package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.budgetflow.testing.WorkflowBudgets.YEAR;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.identity.CurrentUser;
import org.budgetflow.testing.WorkflowBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.workflow.process.ProcessVariables;
import org.budgetflow.workflow.process.RaiseApprovalIncident;
import org.budgetflow.workflow.process.RaisePublicationIncident;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.Decision;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the two processes on a real engine (H2 in memory, no job executor, the engine's clock moved for the
 * legal deadlines), driven as the application drives them: cycles opened and budgets uploaded through the use cases,
 * tasks completed through the engine with the variables. The class asserts that the tests together cover
 * every flow node and sequence flow of both processes (report in target/process-test-coverage).
 */
@Deployment(resources = {"bpmn/budget-cycle.bpmn", "bpmn/department-budget.bpmn", "bpmn/reviewRouting.dmn",
        "forms/draft-budget.form", "forms/finance-review.form", "forms/performance-audit.form",
        "forms/congress-approval.form", "forms/deadline-reminder.form"})
class BudgetCycleProcessTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final WorkflowFixture FIXTURE = new WorkflowFixture();

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
            .builder(FIXTURE.configuration()).assertClassCoverageAtLeast(1.0).build();

    private ProcessEngine engine;
    private CycleService cycles;
    private BudgetService budgets;

    @BeforeEach
    void start_the_clock_in_january() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        cycles = FIXTURE.cycleService(engine);
        budgets = FIXTURE.budgetService(engine);
        at(2023, 1, 5, 10, 0);
    }

    @AfterEach
    void reset() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
        FIXTURE.clearTables();
        BpmnAwareTests.reset();
    }

    // ---------------------------------------------------------------------------------------------- paths

    @Test
    void a_department_budget_goes_from_drafting_to_publication_and_the_cycle_ends() {
        CycleService.Opened opened = open(LocalDate.of(2023, 1, 10), Map.of("310", "500.00"), "310");

        ProcessInstance cycle = cycleInstance();
        assertThat(opened.processInstanceId()).isEqualTo(cycle.getId());
        assertThat(cycle).isWaitingAt("awaitSubmissions");
        ProcessInstance department = departmentInstance("310");
        assertThat(department).isWaitingAt("draftBudget");
        assertThat(candidateGroups(task("draftBudget", "310"))).containsExactly("dept310");
        assertThat(formId(task("draftBudget", "310"))).isEqualTo("draftBudgetForm");

        BudgetService.Upload upload = upload("310", WorkflowBudgets.workedExample());
        assertThat(upload.version()).isEqualTo(1);
        assertThat(upload.findings()).noneMatch(Finding::isError);
        assertThat((String) variable(department, ProcessVariables.BUDGET_STATUS)).contains("第 1 版", "可以提交");
        complete("draftBudget", "310", WorkflowFixture.departmentUser("310"), Map.of());

        assertThat(department).isWaitingAt("financeReview").variables()
                .containsEntry(ProcessVariables.REVIEW_GROUP, "finance")
                .containsEntry(ProcessVariables.BUDGET_VERSION, 1);
        assertThat(candidateGroups(task("financeReview", "310"))).containsExactly("finance");
        assertThat(formId(task("financeReview", "310"))).isEqualTo("financeReviewForm");
        complete("financeReview", "310", WorkflowFixture.FINANCE, Map.of("decision", "approve", "comment", "同意"));

        assertThat(department).isWaitingAt("performanceAudit");
        assertThat(candidateGroups(task("performanceAudit", "310"))).containsExactly("performance");
        assertThat(formId(task("performanceAudit", "310"))).isEqualTo("performanceAuditForm");
        // the performance audit sees the indicator findings (L1–L10) of the version, and only those
        String indicators = variable(department, ProcessVariables.INDICATOR_FINDINGS).toString();
        assertThat(indicators.split("\"rule\":").length - 1)
                .isEqualTo(upload.findings().stream().filter(f -> f.rule().matches("L\\d+")).count());
        assertThat(indicators).doesNotContain("\"rule\":\"B", "\"rule\":\"C", "\"rule\":\"V");
        complete("performanceAudit", "310", WorkflowFixture.PERFORMANCE, Map.of("grade", "优", "comment", "目标明确"));

        assertThat(department).isWaitingAt("congressDecisionReceived");
        reviewOpened(cycle);
        Task congress = congressTask();
        assertThat(candidateGroups(congress)).containsExactly("congress");
        assertThat(formId(congress)).isEqualTo("congressApprovalForm");
        assertThat(FIXTURE.books.fileNames(YEAR, 1)).containsExactly("book.json", "book.pdf", "book.xlsx");
        assertThat(engine.getTaskService().getTaskAttachments(congress.getId()))
                .extracting(org.camunda.bpm.engine.task.Attachment::getName)
                .containsExactlyInAnyOrder("book.json", "book.pdf", "book.xlsx");
        assertThat((String) variable(cycle, ProcessVariables.CONGRESS_BOOK_LINKS))
                .contains("/api/cycles/" + YEAR + "/congress-books/1/book.pdf");
        assertThat(new String(FIXTURE.books.file(YEAR, 1, "book.json").orElseThrow().content(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("\"code\": \"310\"", "项目支出");
        assertThat(variable(cycle, ProcessVariables.CONGRESS_DEPARTMENTS).toString())
                .contains("\"code\":\"310\"", "\"generalPublicBudget\":\"160.92\"", "\"grade\":\"优\"");
        assertThat(stage("310")).isEqualTo(Stage.CONGRESS_REVIEW);
        complete(congress, WorkflowFixture.CONGRESS, Map.of("decision", "approve", "comment", "批准"));

        assertThat(stage("310")).isEqualTo(Stage.APPROVED);
        assertThat(department).isWaitingAt("recordApproval");
        executeAsyncJob(department, "recordApproval");
        assertThat(FIXTURE.approvals.find(YEAR, "310")).get()
                .satisfies(a -> assertThat(a.documentNumber()).isEqualTo("财预〔2023〕1号"))
                .satisfies(a -> assertThat(a.approvedOn()).isEqualTo(LocalDate.of(2023, 1, 5)));
        assertThat(FIXTURE.versions.version(YEAR, "310", 1).orElseThrow().frozen()).isTrue();

        assertThat(department).isWaitingAt("publishDisclosure");
        executeAsyncJob(department, "publishDisclosure");

        assertThat(department).isEnded();
        assertThat(cycle).isEnded();
        assertThat(stage("310")).isEqualTo(Stage.PUBLISHED);
        assertThat(FIXTURE.publicationFiles.fileNames(YEAR, "310", 1)).containsExactly("csv.zip", "disclosure.html",
                "disclosure.json", "disclosure.pdf", "disclosure.xlsx");
        byte[] json = FIXTURE.publicationFiles.file(YEAR, "310", 1, "disclosure.json").orElseThrow().content();
        assertThat(FIXTURE.publications.find(YEAR, "310", 1)).get().extracting(p -> p.checksum())
                .isEqualTo(BudgetVersionStore.sha256(json));
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"收入总计\": \"5301.42\"");
        assertThat(FIXTURE.decisions.of(YEAR, "310")).extracting(d -> d.step() + ":" + d.decision() + ":" + d.decidedBy())
                .containsExactly("DRAFTING:submit:dept310", "VALIDATION:pass:system", "FINANCE_REVIEW:approve:finance",
                        "PERFORMANCE_AUDIT:优:performance", "CONGRESS_REVIEW:approve:congress", "APPROVAL:record:system",
                        "PUBLICATION:publish:system");
    }

    @Test
    void a_submission_with_errors_a_ceiling_overrun_or_no_upload_goes_back_to_drafting_with_the_reasons() {
        open(null, Map.of("310", "150.00"), "310");
        ProcessInstance department = departmentInstance("310");

        complete("draftBudget", "310", WorkflowFixture.departmentUser("310"), Map.of());
        assertThat(department).isWaitingAt("draftBudget");
        assertThat((String) variable(department, ProcessVariables.RETURN_COMMENT)).contains("尚未上传预算文件");

        BudgetService.Upload unbalanced = upload("310", WorkflowBudgets.unbalanced());
        assertThat(unbalanced.findings()).anyMatch(f -> f.isError() && f.rule().equals("B1"));
        complete("draftBudget", "310", WorkflowFixture.departmentUser("310"), Map.of());
        assertThat(department).isWaitingAt("draftBudget");
        assertThat((String) variable(department, ProcessVariables.RETURN_COMMENT)).contains("第 1 版", "错误");

        BudgetService.Upload overCeiling = upload("310", WorkflowBudgets.workedExample());
        assertThat(overCeiling.findings()).filteredOn(f -> f.rule().equals("B9")).singleElement()
                .satisfies(f -> assertThat(f.isError()).isTrue())
                .satisfies(f -> assertThat(f.message()).contains("160.92", "150.00", "10.92"));
        complete("draftBudget", "310", WorkflowFixture.departmentUser("310"), Map.of());
        assertThat(department).isWaitingAt("draftBudget");
        assertThat(variable(department, ProcessVariables.DRAFT_FINDINGS).toString()).contains("B9");

        FIXTURE.jdbc().sql("update bf_cycle_department set ceiling = 200.00 where department_code = '310'").update();
        complete("draftBudget", "310", WorkflowFixture.departmentUser("310"), Map.of());
        assertThat(department).isWaitingAt("financeReview");
        assertThat(FIXTURE.decisions.of(YEAR, "310")).extracting(Decision::decision)
                .containsExactly("submit", "fail", "submit", "fail", "submit", "fail", "submit", "pass");
    }

    @Test
    void the_finance_bureau_returns_a_budget_with_a_comment_and_gets_it_back_after_revision() {
        open(null, Map.of(), "310");
        ProcessInstance department = departmentInstance("310");
        submit("310", WorkflowBudgets.workedExample());

        Task review = task("financeReview", "310");
        assertThatThrownBy(() -> complete(review, WorkflowFixture.FINANCE, Map.of("decision", "return")))
                .hasMessageContaining("退回时必须填写退回意见");
        assertThatThrownBy(() -> complete(review, WorkflowFixture.FINANCE, Map.of("decision", "maybe")))
                .hasMessageContaining("请选择审核结论");
        assertThat(department).isWaitingAt("financeReview");

        complete(review, WorkflowFixture.FINANCE, Map.of("decision", "return", "comment", "项目支出依据不足"));
        assertThat(department).isWaitingAt("draftBudget");
        assertThat(stage("310")).isEqualTo(Stage.DRAFTING);
        assertThat((String) variable(department, ProcessVariables.RETURN_COMMENT)).contains("项目支出依据不足");

        submit("310", WorkflowBudgets.revised("310", "洛阳市西工区社区治理和服务创新办公室", 1));
        assertThat(department).isWaitingAt("financeReview").variables().containsEntry(ProcessVariables.BUDGET_VERSION, 2);
        assertThat(engine.getTaskService().getVariable(task("financeReview", "310").getId(), "decision")).isNull();
        assertThat(FIXTURE.decisions.last(YEAR, "310")).get().extracting(Decision::step)
                .isEqualTo(Decision.Step.VALIDATION);
        assertThat(FIXTURE.decisions.of(YEAR, "310")).filteredOn(d -> d.step() == Decision.Step.FINANCE_REVIEW)
                .singleElement().satisfies(d -> assertThat(d.comment()).isEqualTo("项目支出依据不足"));
    }

    @Test
    void grade_mid_sends_the_budget_back_and_grade_poor_also_blocks_it_until_a_revised_version_is_submitted() {
        open(null, Map.of(), "310");
        ProcessInstance department = departmentInstance("310");
        submit("310", WorkflowBudgets.workedExample());
        approveFinance("310");

        assertThatThrownBy(() -> complete("performanceAudit", "310", WorkflowFixture.PERFORMANCE, Map.of("grade", "中")))
                .hasMessageContaining("必须填写审核意见");
        assertThatThrownBy(() -> complete("performanceAudit", "310", WorkflowFixture.PERFORMANCE, Map.of("grade", "A")))
                .hasMessageContaining("优、良、中或差");
        complete("performanceAudit", "310", WorkflowFixture.PERFORMANCE, Map.of("grade", "中", "comment", "产出指标偏少"));
        assertThat(department).isWaitingAt("draftBudget");
        assertThat((String) variable(department, ProcessVariables.RETURN_COMMENT)).contains("“中”", "产出指标偏少");

        complete("draftBudget", "310", WorkflowFixture.departmentUser("310"), Map.of());
        assertThat(department).isWaitingAt("financeReview");
        approveFinance("310");
        complete("performanceAudit", "310", WorkflowFixture.PERFORMANCE, Map.of("grade", "差", "comment", "指标与项目不符"));
        assertThat(department).isWaitingAt("draftBudget");
        assertThat(FIXTURE.cycles.department(YEAR, "310").orElseThrow().admissible()).isFalse();

        complete("draftBudget", "310", WorkflowFixture.departmentUser("310"), Map.of());
        assertThat(department).isWaitingAt("draftBudget");
        assertThat((String) variable(department, ProcessVariables.RETURN_COMMENT)).contains("评为“差”", "新版本");

        submit("310", WorkflowBudgets.revised("310", "洛阳市西工区社区治理和服务创新办公室", 1));
        assertThat(department).isWaitingAt("financeReview");
        assertThat(FIXTURE.cycles.department(YEAR, "310").orElseThrow().admissible()).isTrue();
        approveFinance("310");
        complete("performanceAudit", "310", WorkflowFixture.PERFORMANCE, Map.of("grade", "良"));
        assertThat(department).isWaitingAt("congressDecisionReceived");
    }

    @Test
    void the_congress_returns_one_of_two_departments_and_reviews_it_again_when_it_is_ready() {
        open(null, Map.of(), "310", "311");
        ProcessInstance cycle = cycleInstance();
        ProcessInstance first = departmentInstance("310");
        ProcessInstance second = departmentInstance("311");
        assertThat(FIXTURE.cycles.cycle(YEAR).orElseThrow().processInstanceId()).isEqualTo(cycle.getId());

        bringToCongress("310", WorkflowBudgets.workedExample());
        assertThat(cycle).isWaitingAt("awaitSubmissions");
        assertThat(stage("310")).isEqualTo(Stage.READY_FOR_CONGRESS);
        bringToCongress("311", WorkflowBudgets.forDepartment("311", "洛阳市西工区医疗保障局"));
        reviewOpened(cycle);
        assertThat(variable(cycle, ProcessVariables.CONGRESS_DEPARTMENT_OPTIONS).toString())
                .contains("\"value\":\"310\"", "\"value\":\"311\"", "洛阳市西工区医疗保障局");

        Task review = congressTask();
        assertThatThrownBy(() -> complete(review, WorkflowFixture.CONGRESS, Map.of("decision", "return", "comment", "x")))
                .hasMessageContaining("必须指明退回的部门");
        assertThatThrownBy(() -> complete(review, WorkflowFixture.CONGRESS,
                Map.of("decision", "return", "returnDepartments", List.of("999"), "comment", "x")))
                .hasMessageContaining("999");
        assertThatThrownBy(() -> complete(review, WorkflowFixture.CONGRESS,
                Map.of("decision", "return", "returnDepartments", List.of("311"))))
                .hasMessageContaining("退回理由");
        // as Tasklist's checklist submits it: a JSON array
        complete(review, WorkflowFixture.CONGRESS, Map.of("decision", "return",
                "returnDepartments", "[\"311\"]", "comment", "医保基金测算依据不足"));

        assertThat(first).isWaitingAt("recordApproval");
        assertThat(second).isWaitingAt("draftBudget");
        assertThat((String) variable(second, ProcessVariables.RETURN_COMMENT)).contains("人大审查退回", "医保基金测算依据不足");
        assertThat(cycle).isWaitingAt("awaitSubmissions");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("congressApproval").count()).isZero();

        bringToCongress("311", WorkflowBudgets.revised("311", "洛阳市西工区医疗保障局", 1));
        reviewOpened(cycle).variables().containsEntry(ProcessVariables.CONGRESS_SESSION, 2);
        assertThat(variable(cycle, ProcessVariables.CONGRESS_DEPARTMENTS).toString())
                .contains("\"code\":\"311\"").doesNotContain("\"code\":\"310\"");
        complete(congressTask(), WorkflowFixture.CONGRESS, Map.of("decision", "approve", "returnDepartments", List.of()));

        executeAsyncJob(first, "recordApproval");
        executeAsyncJob(first, "publishDisclosure");
        executeAsyncJob(second, "recordApproval");
        executeAsyncJob(second, "publishDisclosure");
        assertThat(first).isEnded();
        assertThat(second).isEnded();
        assertThat(cycle).isEnded();
        assertThat(FIXTURE.approvals.all(YEAR)).extracting(a -> a.departmentCode() + " " + a.documentNumber())
                .containsExactly("310 财预〔2023〕1号", "311 财预〔2023〕2号");
        assertThat(FIXTURE.decisions.of(YEAR, "311")).filteredOn(d -> d.step() == Decision.Step.CONGRESS_REVIEW)
                .extracting(Decision::decision).containsExactly("return", "approve");
    }

    @Test
    void closing_submissions_sends_the_ready_departments_to_the_congress_without_waiting_for_the_others() {
        open(null, Map.of(), "310", "311");
        ProcessInstance cycle = cycleInstance();
        bringToCongress("310", WorkflowBudgets.workedExample());
        assertThat(cycle).isWaitingAt("awaitSubmissions");

        CycleService.Overview overview = cycles.close(YEAR, WorkflowFixture.FINANCE);

        assertThat(overview.submissionsClosed()).isTrue();
        reviewOpened(cycle);
        assertThat(stage("310")).isEqualTo(Stage.CONGRESS_REVIEW);
        assertThat(stage("311")).isEqualTo(Stage.DRAFTING);
        complete(congressTask(), WorkflowFixture.CONGRESS, Map.of("decision", "approve"));
        assertThat(cycle).isWaitingAt("awaitSubmissions");

        bringToCongress("311", WorkflowBudgets.forDepartment("311", "洛阳市西工区医疗保障局"));
        reviewOpened(cycle);
    }

    @Test
    void the_finance_bureau_is_reminded_on_day_15_and_an_incident_is_raised_after_day_20_for_approval_and_publication() {
        open(LocalDate.of(2023, 1, 10), Map.of(), "310");
        ProcessInstance department = departmentInstance("310");
        at(2023, 1, 10, 15, 0);
        bringToCongress("310", WorkflowBudgets.workedExample());
        complete(congressTask(), WorkflowFixture.CONGRESS, Map.of("decision", "approve"));
        assertThat(department).isWaitingAt("recordApproval").variables()
                .containsEntry(ProcessVariables.APPROVAL_DUE_DATE, "2023-01-30");

        at(2023, 1, 25, 8, 59);
        assertThat(dueTimers(department)).isEmpty();
        at(2023, 1, 25, 9, 0);
        executeTimer(department, "approvalReminderTimer");
        Task reminder = task("approvalReminder", "310");
        assertThat(candidateGroups(reminder)).containsExactly("finance");
        assertThat(formId(reminder)).isEqualTo("deadlineReminderForm");
        assertThat((String) engine.getTaskService().getVariableLocal(reminder.getId(), ProcessVariables.REMINDER_TEXT))
                .contains("2023-01-30", "第五十二条");

        at(2023, 1, 30, 23, 59);
        assertThat(dueTimers(department)).isEmpty();
        at(2023, 1, 31, 0, 0);
        executeTimer(department, "approvalOverdueTimer");
        Incident overdue = incident(department, RaiseApprovalIncident.INCIDENT_TYPE);
        assertThat(overdue.getActivityId()).isEqualTo("recordApproval");
        assertThat(overdue.getIncidentMessage()).contains("批复逾期", "2023-01-30");

        executeAsyncJob(department, "recordApproval");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(department.getId())
                .incidentType(RaiseApprovalIncident.INCIDENT_TYPE).count()).isZero();
        assertThat(department).isWaitingAt("publishDisclosure", "approvalReminder").variables()
                .containsEntry(ProcessVariables.APPROVAL_DATE, "2023-01-31")
                .containsEntry(ProcessVariables.PUBLICATION_DUE_DATE, "2023-02-20");
        complete(reminder, WorkflowFixture.FINANCE, Map.of());

        at(2023, 2, 15, 9, 0);
        executeTimer(department, "publicationReminderTimer");
        assertThat((String) engine.getTaskService().getVariableLocal(task("publicationReminder", "310").getId(),
                ProcessVariables.REMINDER_TEXT)).contains("2023-02-20", "第十四条", "财预〔2023〕1号");
        at(2023, 2, 21, 0, 0);
        executeTimer(department, "publicationOverdueTimer");
        assertThat(incident(department, RaisePublicationIncident.INCIDENT_TYPE).getActivityId())
                .isEqualTo("publishDisclosure");

        executeAsyncJob(department, "publishDisclosure");
        complete(task("publicationReminder", "310"), WorkflowFixture.FINANCE, Map.of());
        assertThat(department).isEnded();
        assertThat(FIXTURE.decisions.of(YEAR, "310")).extracting(d -> d.step() + ":" + d.decision())
                .contains("APPROVAL:remind", "APPROVAL:overdue", "PUBLICATION:remind", "PUBLICATION:overdue");
    }

    @Test
    void a_publication_that_fails_is_retried_a_minute_later_and_then_succeeds() {
        open(null, Map.of(), "310");
        ProcessInstance department = departmentInstance("310");
        bringToCongress("310", WorkflowBudgets.workedExample());
        complete(congressTask(), WorkflowFixture.CONGRESS, Map.of("decision", "approve"));
        executeAsyncJob(department, "recordApproval");
        FIXTURE.publisher().failNext(1);

        Job publish = asyncJob(department, "publishDisclosure");
        assertThatThrownBy(() -> engine.getManagementService().executeJob(publish.getId()))
                .hasMessageContaining("门户网站暂时不可用");

        Job retry = asyncJob(department, "publishDisclosure");
        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getExceptionMessage()).contains("门户网站暂时不可用");
        assertThat(retry.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2023, 1, 5, 10, 1).atZone(ZONE).toInstant()));
        assertThat(stage("310")).isEqualTo(Stage.APPROVED);
        assertThat(FIXTURE.publications.find(YEAR, "310", 1)).isEmpty();

        at(2023, 1, 5, 10, 1);
        engine.getManagementService().executeJob(retry.getId());
        assertThat(department).isEnded();
        assertThat(stage("310")).isEqualTo(Stage.PUBLISHED);
        assertThat(FIXTURE.publications.find(YEAR, "310", 1)).isPresent();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private CycleService.Opened open(LocalDate congressDate, Map<String, String> ceilings, String... departments) {
        return cycles.open(new CycleService.OpenRequest(YEAR, List.of(departments), ceilings, congressDate),
                WorkflowFixture.FINANCE);
    }

    private BudgetService.Upload upload(String department, byte[] document) {
        return budgets.upload(YEAR, department, document, WorkflowFixture.departmentUser(department));
    }

    /** Uploads a budget and submits it; it passes validation and waits for the finance review. */
    private void submit(String department, byte[] document) {
        upload(department, document);
        complete("draftBudget", department, WorkflowFixture.departmentUser(department), Map.of());
        assertThat(departmentInstance(department)).isWaitingAt("financeReview");
    }

    private void approveFinance(String department) {
        complete("financeReview", department, WorkflowFixture.FINANCE, Map.of("decision", "approve"));
    }

    private void bringToCongress(String department, byte[] document) {
        submit(department, document);
        approveFinance(department);
        complete("performanceAudit", department, WorkflowFixture.PERFORMANCE, Map.of("grade", "优"));
        assertThat(departmentInstance(department)).isWaitingAt("congressDecisionReceived");
    }

    /** The congress review opened: its book is prepared (asynchronously) and the 人大审查批准 task waits. */
    private ProcessInstanceAssert reviewOpened(ProcessInstance cycle) {
        assertThat(cycle).isWaitingAt("prepareCongressBook");
        executeAsyncJob(cycle, "prepareCongressBook");
        return assertThat(cycle).isWaitingAt("congressApproval");
    }

    private ProcessInstance cycleInstance() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("budgetCycle")
                .processInstanceBusinessKey(String.valueOf(YEAR)).singleResult();
    }

    private ProcessInstance departmentInstance(String department) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("departmentBudget")
                .processInstanceBusinessKey(YEAR + "-" + department).singleResult();
    }

    private Task task(String key, String department) {
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(key)
                .processInstanceBusinessKey(YEAR + "-" + department).initializeFormKeys().singleResult();
        assertThat(task).as("task %s of %s", key, department).isNotNull();
        return task;
    }

    private Task congressTask() {
        // the review's book is prepared asynchronously before its task exists
        engine.getManagementService().createJobQuery().activityId("prepareCongressBook").list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey("congressApproval")
                .processInstanceBusinessKey(String.valueOf(YEAR)).initializeFormKeys().singleResult();
        assertThat(task).as("the congress task").isNotNull();
        return task;
    }

    private void complete(String key, String department, CurrentUser user, Map<String, Object> variables) {
        complete(task(key, department), user, variables);
    }

    private void complete(Task task, CurrentUser user, Map<String, Object> variables) {
        engine.getIdentityService().setAuthenticatedUserId(user.userId());
        try {
            engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    /** The id of the Camunda Form that Tasklist shows for the task (what GET /task/{id}/deployed-form returns). */
    private String formId(Task task) {
        assertThat(task.getCamundaFormRef()).isNotNull();
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private Stage stage(String department) {
        return FIXTURE.cycles.department(YEAR, department).orElseThrow().stage();
    }

    private Job asyncJob(ProcessInstance instance, String activity) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activity).singleResult();
        assertThat(job).as("the job of %s", activity).isNotNull();
        return job;
    }

    private void executeAsyncJob(ProcessInstance instance, String activity) {
        engine.getManagementService().executeJob(asyncJob(instance, activity).getId());
    }

    private List<Job> dueTimers(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .executable().list();
    }

    private void executeTimer(ProcessInstance instance, String timer) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(timer).executable().singleResult();
        assertThat(job).as("the due timer %s", timer).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private Incident incident(ProcessInstance instance, String type) {
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                .incidentType(type).singleResult();
        assertThat(incident).as("incident %s", type).isNotNull();
        return incident;
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant()));
    }
}
