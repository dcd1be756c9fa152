package org.budgetflow.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.budgetflow.testing.DashboardCycles;
import org.budgetflow.workflow.DisclosurePublisher;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.store.PublicationFileStore;
import org.budgetflow.workflow.store.PublicationStore;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * 公开 interrupted at each of its steps by an injected failure: the engine's transaction is rolled back whole (no
 * publication record, no file, no stage change, no decision, nothing on the portal), the job keeps its retries, and
 * the retry publishes exactly one version. Two job executors running the same publication at once publish one.
 * (The crash of the whole process is {@link PublicationCrashTest}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:publication-faults;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
class PublicationFaultTest {
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2031);
    private static final String DEPARTMENT = "310";

    @MockitoSpyBean
    private DisclosurePublisher publisher;
    @MockitoSpyBean
    private PublicationStore publications;
    @MockitoSpyBean
    private PublicationFileStore files;
    @MockitoSpyBean
    private CycleStore cycleStore;
    @MockitoSpyBean
    private DecisionStore decisions;

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private CycleService cycles;
    @Autowired
    private BudgetService budgets;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TestRestTemplate http;

    private final List<Runnable> cleanUps = new ArrayList<>();

    @AfterEach
    void clean_up() {
        cleanUps.forEach(Runnable::run);
    }

    /** The steps of 公开, in order, and how a failure is injected into each. */
    enum Step {
        GENERATING_THE_FILES(t -> doThrow(failure()).doCallRealMethod().when(t.publisher)
                .publish(anyInt(), anyString(), anyInt(), any(), any())),
        RECORDING_THE_PUBLICATION(t -> doThrow(failure()).doCallRealMethod().when(t.publications)
                .record(anyInt(), anyString(), anyInt(), any(), anyString(), any())),
        STORING_THE_FIRST_FILE(t -> doThrow(failure()).doCallRealMethod().when(t.files)
                .add(anyInt(), anyString(), anyInt(), argThat(f -> f.fileName().equals("disclosure.json")))),
        STORING_THE_LAST_FILE(t -> doThrow(failure()).doCallRealMethod().when(t.files)
                .add(anyInt(), anyString(), anyInt(), argThat(f -> f.fileName().equals("csv.zip")))),
        MARKING_THE_STAGE(t -> doThrow(failure()).doCallRealMethod().when(t.cycleStore)
                .setStage(anyInt(), anyString(), eq(Stage.PUBLISHED), any())),
        RECORDING_THE_DECISION(t -> doThrow(failure()).doCallRealMethod().when(t.decisions)
                .record(argThat(d -> d != null && d.step() == Decision.Step.PUBLICATION)));

        private final Consumer<PublicationFaultTest> inject;

        Step(Consumer<PublicationFaultTest> inject) {
            this.inject = inject;
        }

        private static IllegalStateException failure() {
            return new IllegalStateException("注入的故障");
        }
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void a_publication_interrupted_at_a_step_leaves_nothing_published_and_its_retry_publishes_exactly_one_version(
            Step step) {
        int year = approvedAndWaitingForPublication();
        step.inject.accept(this);

        Job job = publicationJob(year);
        try {
            engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
            assertThat(expected).hasStackTraceContaining("注入的故障");
        }

        assertThat(publicationJob(year).getRetries()).isEqualTo(job.getRetries() - 1);
        assertNothingPublished(year);

        engine.getManagementService().executeJob(job.getId());

        assertPublishedOnce(year);
    }

    @Test
    void two_job_executors_running_the_same_publication_at_once_publish_one_version() throws Exception {
        int year = approvedAndWaitingForPublication();
        CyclicBarrier bothInside = new CyclicBarrier(2);
        doAnswer(call -> {
            bothInside.await(30, TimeUnit.SECONDS); // both have seen "not published yet"
            return call.callRealMethod();
        }).when(publications).record(anyInt(), anyString(), anyInt(), any(), anyString(), any());
        String jobId = publicationJob(year).getId();
        ExecutorService executors = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(executors.submit(() -> {
                    try {
                        engine.getManagementService().executeJob(jobId);
                        return true;
                    } catch (RuntimeException lost) {
                        return false;
                    }
                }));
            }
            int succeeded = 0;
            for (Future<Boolean> run : runs) {
                succeeded += run.get(2, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            executors.shutdownNow();
        }
        Job left = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
        if (left != null) {
            // the loser's failure left the job with a retry: running it finds the publication and adds nothing
            engine.getManagementService().executeJob(jobId);
        }
        assertPublishedOnce(year);
    }

    @Test
    void publishing_a_version_published_before_returns_the_first_record_and_writes_nothing() {
        int year = approvedAndWaitingForPublication();
        engine.getManagementService().executeJob(publicationJob(year).getId());
        var first = publications.find(year, DEPARTMENT, 1).orElseThrow();
        String document = budgets.version(year, DEPARTMENT, 1,
                new org.budgetflow.identity.CurrentUser("finance", java.util.Set.of("finance"))).document();

        var again = publisher.publish(year, DEPARTMENT, 1, new org.budgetflow.budget.interchange.BudgetJsonReader()
                .read(new java.io.ByteArrayInputStream(document.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(again).isEqualTo(first);
        assertPublishedOnce(year);
    }

    private int approvedAndWaitingForPublication() {
        int year = NEXT_YEAR.getAndIncrement();
        DashboardCycles driver = new DashboardCycles(engine, cycles, budgets);
        driver.open(year, null, DEPARTMENT);
        driver.submit(year, DEPARTMENT, 0);
        driver.financeReview(year, DEPARTMENT, "approve", null);
        driver.performanceAudit(year, DEPARTMENT, "优", "目标明确");
        driver.congressApproves(year, "同意");
        driver.runStep(year, DEPARTMENT, "recordApproval");
        assertThat(cycleStore.department(year, DEPARTMENT).orElseThrow().stage()).isEqualTo(Stage.APPROVED);
        return year;
    }

    private Job publicationJob(int year) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance(year))
                .activityId("publishDisclosure").singleResult();
        assertThat(job).as("the 公开 job of %s", year).isNotNull();
        return job;
    }

    private String instance(int year) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(year + "-" + DEPARTMENT).singleResult().getId();
    }

    private void assertNothingPublished(int year) {
        assertThat(count("bf_publication", year)).isZero();
        assertThat(count("bf_publication_file", year)).isZero();
        assertThat(cycleStore.department(year, DEPARTMENT).orElseThrow().stage()).isEqualTo(Stage.APPROVED);
        assertThat(publicationDecisions(year)).isZero();
        assertThat(http.getForEntity("/public/" + year + "/" + DEPARTMENT, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void assertPublishedOnce(int year) {
        assertThat(count("bf_publication", year)).isEqualTo(1);
        assertThat(jdbc.sql("select file_name from bf_publication_file where budget_year = ? order by file_name")
                .param(year).query(String.class).list())
                .containsExactly("csv.zip", "disclosure.html", "disclosure.json", "disclosure.pdf", "disclosure.xlsx");
        assertThat(cycleStore.department(year, DEPARTMENT).orElseThrow().stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(publicationDecisions(year)).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(year + "-" + DEPARTMENT).count()).isZero();
        assertThat(http.getForEntity("/public/" + year + "/" + DEPARTMENT, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private int count(String table, int year) {
        return jdbc.sql("select count(*) from " + table + " where budget_year = ?").param(year).query(Integer.class)
                .single();
    }

    private int publicationDecisions(int year) {
        return jdbc.sql("select count(*) from bf_decision where budget_year = ? and step = 'PUBLICATION'")
                .param(year).query(Integer.class).single();
    }
}
