package org.budgetflow.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.budgetflow.testing.DashboardCycles;
import org.budgetflow.testing.EmbeddedPostgresInitializer;
import org.budgetflow.testing.PublicationCrashApp;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.store.CycleStore;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application process killed in the middle of 公开 and started again on the same PostgreSQL database. This test's
 * own context (no job executor) brings a department to the waiting 公开 job; a second application process, started
 * with its job executor, halts while it writes the publication's files (mid-transaction, like {@code kill -9});
 * a third process, started on the same database, takes the job over once the dead executor's lock has expired and
 * publishes it. Exactly one version is published, with all its files.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class PublicationCrashTest {
    private static final int YEAR = 2041;
    private static final String DEPARTMENT = "310";
    private static final Duration START_AND_RUN = Duration.ofMinutes(4);

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private CycleService cycles;
    @Autowired
    private BudgetService budgets;
    @Autowired
    private CycleStore cycleStore;
    @Autowired
    private JdbcClient jdbc;
    @Value("${BUDGETFLOW_DB_PORT}")
    private int databasePort;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop_the_processes() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void a_process_killed_while_it_writes_a_publication_leaves_nothing_and_the_restarted_one_publishes_exactly_once()
            throws Exception {
        DashboardCycles driver = new DashboardCycles(engine, cycles, budgets);
        driver.open(YEAR, null, DEPARTMENT);
        driver.submit(YEAR, DEPARTMENT, 0);
        driver.financeReview(YEAR, DEPARTMENT, "approve", null);
        driver.performanceAudit(YEAR, DEPARTMENT, "良", "指标基本完整");
        driver.congressApproves(YEAR, "同意");
        driver.runStep(YEAR, DEPARTMENT, "recordApproval");
        Job waiting = publicationJob();
        assertThat(waiting.getRetries()).isEqualTo(3);

        Process killed = start("killed", "disclosure.pdf");
        assertThat(killed.waitFor(START_AND_RUN.toSeconds(), TimeUnit.SECONDS)).as("the first process halted").isTrue();
        assertThat(killed.exitValue()).isEqualTo(PublicationCrashApp.HALTED);
        assertThat(log("killed")).contains("Halting while storing disclosure.pdf");

        assertThat(count("bf_publication")).isZero();
        assertThat(count("bf_publication_file")).isZero();
        assertThat(cycleStore.department(YEAR, DEPARTMENT).orElseThrow().stage()).isEqualTo(Stage.APPROVED);
        Job orphaned = publicationJob();
        assertThat(orphaned.getId()).isEqualTo(waiting.getId());
        assertThat(orphaned.getRetries()).as("a crash is not a failure: no retry used").isEqualTo(3);

        Process restarted = start("restarted", null);
        waitUntil(() -> count("bf_publication") > 0 && instanceEnded(), START_AND_RUN, restarted);

        assertThat(count("bf_publication")).isEqualTo(1);
        assertThat(jdbc.sql("select file_name from bf_publication_file where budget_year = ? order by file_name")
                .param(YEAR).query(String.class).list())
                .containsExactly("csv.zip", "disclosure.html", "disclosure.json", "disclosure.pdf", "disclosure.xlsx");
        assertThat(cycleStore.department(YEAR, DEPARTMENT).orElseThrow().stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(jdbc.sql("select count(*) from bf_decision where budget_year = ? and step = 'PUBLICATION'")
                .param(YEAR).query(Integer.class).single()).isEqualTo(1);
    }

    /** The application in a new JVM on this test's database, its job executor on, a short lock for quick take-over. */
    private Process start(String name, String haltAt) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        if (haltAt != null) {
            command.add("-Dbudgetflow.test.halt-at=" + haltAt);
        }
        command.addAll(List.of(PublicationCrashApp.class.getName(),
                "--spring.profiles.active=demo,postgres",
                "--BUDGETFLOW_DB_HOST=localhost", "--BUDGETFLOW_DB_PORT=" + databasePort,
                "--BUDGETFLOW_DB_NAME=postgres", "--BUDGETFLOW_DB_USER=postgres",
                "--BUDGETFLOW_DB_PASSWORD=postgres",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=5000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=1000"));
        File logFile = logPath(name).toFile();
        Files.createDirectories(logFile.toPath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile).start();
        processes.add(process);
        return process;
    }

    private static Path logPath(String name) {
        return Path.of("target", "publication-crash", name + ".log");
    }

    private static String log(String name) throws IOException {
        return Files.readString(logPath(name));
    }

    private void waitUntil(BooleanSupplier condition, Duration timeout, Process process) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("the restarted process is running (see target/publication-crash/)")
                    .isTrue();
            assertThat(Instant.now()).as("published before the deadline").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private Job publicationJob() {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(YEAR + "-" + DEPARTMENT).singleResult().getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId("publishDisclosure").singleResult();
        assertThat(job).as("the waiting 公开 job").isNotNull();
        return job;
    }

    private boolean instanceEnded() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(YEAR + "-" + DEPARTMENT).count() == 0;
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table + " where budget_year = ?").param(YEAR)
                .query(Integer.class).single();
    }
}
