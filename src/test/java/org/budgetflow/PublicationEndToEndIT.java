package org.budgetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against the packaged application ({@code target/budgetflow.jar}, started as a user would start it):
 * the finance bureau opens the 2023 cycle for department 310 through the API, the department uploads the worked
 * example and submits, every review passes, the congress approves; 批复 and 公开 run by themselves, and within a
 * minute {@code /public/2023/310} is served, its {@code disclosure.json} byte for byte the output of
 * {@code java -jar target/budgetflow.jar disclose} for the same budget.
 */
class PublicationEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("budgetflow.jar", "target/budgetflow.jar"));
    private static final Duration PUBLICATION_LIMIT = Duration.ofMinutes(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Process> processes = new ArrayList<>();
    private String base;

    @TempDir
    Path work;

    @AfterEach
    void stop_the_application() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void a_budget_approved_through_the_api_is_public_within_a_minute_exactly_as_the_command_line_discloses_it()
            throws Exception {
        startTheApplication();
        Path budget = SharedExamples.workedExampleBudget();

        assertThat(send("finance", "POST", "/api/cycles",
                "{\"year\": 2023, \"departments\": [\"310\"], \"congressDate\": \"2023-01-10\"}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> uploaded = send("dept310", "PUT", "/api/budgets/2023/310", Files.readString(budget));
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(uploaded.body()).get("errors").asInt()).isZero();
        complete("dept310", "2023-310", "draftBudget", "{}");
        complete("finance", "2023-310", "financeReview",
                "{\"decision\": {\"value\": \"approve\"}, \"comment\": {\"value\": \"审核通过\"}}");
        complete("performance", "2023-310", "performanceAudit",
                "{\"grade\": {\"value\": \"优\"}, \"comment\": {\"value\": \"绩效目标完整\"}}");
        assertThat(send("anonymous", "GET", "/public/2023/310", null).statusCode()).isEqualTo(404);
        complete("congress", "2023", "congressApproval",
                "{\"decision\": {\"value\": \"approve\"}, \"comment\": {\"value\": \"批准\"}}");
        Instant approved = Instant.now();

        HttpResponse<String> page = waitForPublication(approved);
        assertThat(page.body()).contains("洛阳市西工区社区治理和服务创新办公室", "2023");

        HttpResponse<byte[]> published = http.send(request("anonymous", "GET", "/public/2023/310/disclosure.json",
                null), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(published.statusCode()).isEqualTo(200);
        byte[] disclosed = discloseWithTheCommandLine(budget);
        assertThat(published.body()).isEqualTo(disclosed);

        JsonNode cycle = JSON.readTree(send("finance", "GET", "/api/cycles/2023", null).body());
        assertThat(cycle.get("departments").get(0).get("stage").asText()).isEqualTo("PUBLISHED");
    }

    private void startTheApplication() throws Exception {
        assertThat(JAR).as("the packaged application (run with ./mvnw verify)").exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        Path log = Path.of("target", "end-to-end", "application.log");
        Files.createDirectories(log.getParent());
        Process application = new ProcessBuilder(java(), "-Xmx768m", "-jar", JAR.toString(),
                "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(application);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (true) {
            assertThat(application.isAlive()).as("the application is running (see %s)", log).isTrue();
            assertThat(Instant.now()).as("the application started in time (see %s)", log).isBefore(deadline);
            try {
                HttpResponse<String> health = send("anonymous", "GET", "/actuator/health", null);
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
    }

    private HttpResponse<String> waitForPublication(Instant approved) throws Exception {
        while (true) {
            HttpResponse<String> page = send("anonymous", "GET", "/public/2023/310", null);
            if (page.statusCode() == 200) {
                Duration took = Duration.between(approved, Instant.now());
                System.out.println("Published " + took.toMillis() + " ms after the congress approved");
                return page;
            }
            assertThat(Duration.between(approved, Instant.now())).as("published within a minute")
                    .isLessThan(PUBLICATION_LIMIT);
            Thread.sleep(500);
        }
    }

    private byte[] discloseWithTheCommandLine(Path budget) throws Exception {
        Path out = work.resolve("disclosed");
        Process disclose = new ProcessBuilder(java(), "-jar", JAR.toString(), "disclose", budget.toString(),
                "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("disclose.log").toFile()).start();
        assertThat(disclose.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(disclose.exitValue()).as(Files.readString(work.resolve("disclose.log"))).isZero();
        return Files.readAllBytes(out.resolve("disclosure.json"));
    }

    /** Completes the process's waiting task through the engine REST API as the user. */
    private void complete(String user, String businessKey, String taskKey, String variables) throws Exception {
        JsonNode tasks = JSON.createArrayNode();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1)); // a task after an asynchronous step comes soon
        while (tasks.isEmpty() && Instant.now().isBefore(deadline)) {
            HttpResponse<String> found = send(user, "GET", "/engine-rest/task?processInstanceBusinessKey="
                    + businessKey + "&taskDefinitionKey=" + taskKey, null);
            assertThat(found.statusCode()).isEqualTo(200);
            tasks = JSON.readTree(found.body());
            if (tasks.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(tasks).as("task %s of %s visible to %s", taskKey, businessKey, user).hasSize(1);
        HttpResponse<String> completed = send(user, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText()
                + "/complete", "{\"variables\": " + variables + "}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return http.send(request(user, method, path, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String user, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!user.equals("anonymous")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
