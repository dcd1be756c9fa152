package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.identity.DepartmentDirectory;
import org.budgetflow.identity.Groups;
import org.budgetflow.testing.EmbeddedPostgresInitializer;
import org.budgetflow.testing.SharedExamples;
import org.budgetflow.testing.WorkflowBudgets;
import org.budgetflow.testing.WorkflowEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A two-department cycle on a real PostgreSQL 17 server, driven only through HTTP as its users would: opened by the
 * finance bureau, budgets uploaded by the departments, tasks completed through the engine's REST API (one finance
 * return on the way), approved by the congress, then 批复 and 公开 run by the job executor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class BudgetCycleOnPostgresTest {
    private static final int YEAR = 2041;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private DepartmentDirectory directory;

    /** The postgres profile creates no users: the users of the cycle, password = user id. */
    @BeforeEach
    void users() {
        WorkflowEngines.activate(processEngine);
        directory.register("310", "洛阳市西工区社区治理和服务创新办公室");
        directory.register("311", "洛阳市西工区医疗保障局");
        Map<String, String> users = Map.of("finance", Groups.FINANCE, "performance", Groups.PERFORMANCE,
                "congress", Groups.CONGRESS, "dept310", Groups.department("310"), "dept311", Groups.department("311"));
        users.forEach((id, group) -> {
            if (identityService.createUserQuery().userId(id).count() == 0) {
                User user = identityService.newUser(id);
                user.setPassword(id);
                identityService.saveUser(user);
                identityService.createMembership(id, group);
            }
        });
    }

    @Test
    void drives_two_departments_from_opening_to_publication_with_one_return_through_the_api() {
        ResponseEntity<JsonNode> opened = as("finance").postForEntity("/api/cycles", json(Map.of("year", YEAR,
                "departments", List.of("310", "311"), "ceilings", Map.of("310", "500.00", "311", "500.00"))),
                JsonNode.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        upload("310", budget("310", "洛阳市西工区社区治理和服务创新办公室", 0), 1);
        upload("311", budget("311", "洛阳市西工区医疗保障局", 0), 1);
        jdbc.execute("ANALYZE");

        complete("dept310", task("310", "draftBudget"), Map.of());
        complete("dept311", task("311", "draftBudget"), Map.of());
        complete("finance", task("310", "financeReview"), Map.of("decision", "approve", "comment", "同意"));
        complete("finance", task("311", "financeReview"), Map.of("decision", "return", "comment", "请补充医保基金测算依据"));

        assertThat(stages()).containsEntry("310", "PERFORMANCE_AUDIT").containsEntry("311", "DRAFTING");
        upload("311", budget("311", "洛阳市西工区医疗保障局", 1), 2);
        complete("dept311", task("311", "draftBudget"), Map.of());
        complete("finance", task("311", "financeReview"), Map.of("decision", "approve"));
        complete("performance", task("310", "performanceAudit"), Map.of("grade", "优", "comment", "目标明确"));
        assertThat(stages()).containsEntry("310", "READY_FOR_CONGRESS");
        complete("performance", task("311", "performanceAudit"), Map.of("grade", "良", "comment", "基本合理"));
        assertThat(stages()).containsEntry("310", "CONGRESS_REVIEW").containsEntry("311", "CONGRESS_REVIEW");

        complete("congress", congressTask(), Map.of("decision", "approve", "comment", "批准"));
        Map<String, String> stages = awaitStages("PUBLISHED");
        assertThat(stages).containsEntry("310", "PUBLISHED").containsEntry("311", "PUBLISHED");

        ResponseEntity<JsonNode> frozen = as("dept310").exchange("/api/budgets/" + YEAR + "/310", HttpMethod.PUT,
                json(budget("310", "洛阳市西工区社区治理和服务创新办公室", 1)), JsonNode.class);
        assertThat(frozen.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(frozen.getBody().get("error").asText()).contains("冻结");

        JsonNode trail = as("dept311").getForEntity("/api/budgets/" + YEAR + "/311/decisions", JsonNode.class).getBody();
        assertThat(trail.findValuesAsText("decision")).containsExactly("submit", "pass", "return", "submit", "pass",
                "approve", "良", "approve", "record", "publish");
        assertThat(trail.get(2).get("comment").asText()).isEqualTo("请补充医保基金测算依据");
        assertThat(trail.get(2).get("by").asText()).isEqualTo("finance");
        assertThat(jdbc.queryForList("select department_code || ':' || budget_version from bf_publication "
                + "where budget_year = ? order by department_code", String.class, YEAR))
                .containsExactly("310:1", "311:2");
        assertThat(jdbc.queryForList("select document_number from bf_approval where budget_year = ? "
                + "order by sequence_number", String.class, YEAR)).hasSize(2).allMatch(n -> n.startsWith("财预〔2041〕"));
        JsonNode finished = as("finance").getForEntity("/engine-rest/history/process-instance?processInstanceBusinessKey="
                + YEAR + "&finished=true", JsonNode.class).getBody();
        assertThat(finished).hasSize(1);
        JsonNode cycle = as("finance").getForEntity("/api/cycles/" + YEAR, JsonNode.class).getBody();
        assertThat(cycle.get("departments").get(1).get("lastDecision").get("stepLabel").asText()).isEqualTo("公开");
        assertThat(cycle.get("departments").get(1).get("deadlines").findValuesAsText("kind"))
                .containsExactly("APPROVAL", "PUBLICATION");
    }

    private void upload(String department, byte[] budget, int expectedVersion) {
        ResponseEntity<JsonNode> uploaded = as("dept" + department).exchange("/api/budgets/" + YEAR + "/" + department,
                HttpMethod.PUT, json(budget), JsonNode.class);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody().get("version").asInt()).isEqualTo(expectedVersion);
        assertThat(uploaded.getBody().get("errors").asInt()).isZero();
    }

    private String task(String department, String key) {
        String user = switch (key) {
            case "draftBudget" -> "dept" + department;
            case "financeReview" -> "finance";
            default -> "performance";
        };
        JsonNode tasks = as(user).getForEntity("/engine-rest/task?processInstanceBusinessKey=" + YEAR + "-" + department
                + "&taskDefinitionKey=" + key, JsonNode.class).getBody();
        assertThat(tasks).as("task %s of %s", key, department).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private String congressTask() {
        JsonNode tasks = null;
        // the review's book is prepared by the job executor before the congress task exists
        for (int attempt = 0; attempt < 120 && (tasks == null || tasks.isEmpty()); attempt++) {
            if (tasks != null) {
                pause();
            }
            tasks = as("congress").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + YEAR
                    + "&taskDefinitionKey=congressApproval", JsonNode.class).getBody();
        }
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private void complete(String user, String taskId, Map<String, String> variables) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode values = body.putObject("variables");
        variables.forEach((name, value) -> values.putObject(name).put("value", value).put("type", "String"));
        ResponseEntity<String> done = as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", json(body),
                String.class);
        assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskId, done.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private Map<String, String> stages() {
        JsonNode cycle = as("finance").getForEntity("/api/cycles/" + YEAR, JsonNode.class).getBody();
        Map<String, String> stages = new LinkedHashMap<>();
        cycle.get("departments").forEach(d -> stages.put(d.get("code").asText(), d.get("stage").asText()));
        return stages;
    }

    /** Waits for the job executor to run 批复 and 公开. */
    private Map<String, String> awaitStages(String stage) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Map<String, String> stages = stages();
        while (!stages.values().stream().allMatch(stage::equals) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            stages = stages();
        }
        return stages;
    }

    private static byte[] budget(String department, String name, int revision) {
        ObjectNode tree = WorkflowBudgets.tree(department, name);
        tree.put("year", YEAR);
        if (revision > 0) {
            ((ObjectNode) tree.get("department")).put("composition", "修订 " + revision);
        }
        return SharedExamples.bytes(tree);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return new HttpEntity<>(body instanceof byte[] ? body : JSON.writeValueAsBytes(body), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
