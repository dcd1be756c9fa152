package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budgetflow.testing.WorkflowBudgets;
import org.budgetflow.testing.WorkflowEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.budgetflow.workflow.process.WorkflowDeployment;
import org.camunda.bpm.engine.RepositoryService;
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

/**
 * The workflow API in the running application (H2, demo users, password = user id): status codes for every endpoint
 * and role, the error bodies, what each role sees of the tasks through the engine's REST API, and the deployment
 * (resource names, forms Tasklist can open).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OVERSIGHT = List.of("finance", "performance", "congress", "admin");

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private RepositoryService repositoryService;

    /** Each test opens its own year, so tests do not see each other's cycles. */
    private static int nextYear = 2060;
    private int year;

    @BeforeEach
    void next_year() {
        WorkflowEngines.activate(processEngine);
        year = nextYear++;
    }

    @Test
    void every_endpoint_asks_for_a_login() {
        for (String path : List.of("/api/cycles/2023", "/api/budgets/2023/310", "/api/budgets/2023/310/findings")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(http.postForEntity("/api/cycles", json(Map.of("year", year)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.exchange("/api/budgets/2023/310", HttpMethod.PUT, json(WorkflowBudgets.workedExample()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void only_the_finance_bureau_opens_a_cycle_once_and_malformed_requests_name_the_field() {
        Map<String, Object> request = Map.of("year", year, "departments", List.of("310", "311"),
                "ceilings", Map.of("310", "500.00"), "congressDate", year + "-01-10");
        for (String user : List.of("dept310", "performance", "congress")) {
            assertThat(as(user).postForEntity("/api/cycles", json(request), String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }

        ResponseEntity<JsonNode> opened = as("finance").postForEntity("/api/cycles", json(request), JsonNode.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opened.getBody().get("id").asText()).isEqualTo(String.valueOf(year));
        assertThat(opened.getBody().get("processInstanceId").asText()).isNotBlank();
        assertThat(opened.getHeaders().getLocation()).hasPath("/api/cycles/" + year);

        ResponseEntity<JsonNode> again = as("finance").postForEntity("/api/cycles", json(request), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("error").asText()).contains("已经开启");

        ResponseEntity<JsonNode> malformed = as("finance").postForEntity("/api/cycles", json(Map.of(
                "year", "next", "departments", List.of("310"))), JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("fields").get(0).get("field").asText()).isEqualTo("year");

        ResponseEntity<JsonNode> badCeiling = as("admin").postForEntity("/api/cycles", json(Map.of(
                "year", year + 30, "departments", List.of("310", "999"), "ceilings", Map.of("310", "many"))),
                JsonNode.class);
        assertThat(badCeiling.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badCeiling.getBody().get("fields").findValuesAsText("field")).containsExactly("ceilings.310");

        ResponseEntity<JsonNode> unregistered = as("finance").postForEntity("/api/cycles", json(Map.of(
                "year", year + 30, "departments", List.of("310", "999"))), JsonNode.class);
        assertThat(unregistered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unregistered.getBody().get("fields").get(0).get("message").asText()).contains("999", "未登记");
    }

    @Test
    void a_department_uploads_its_own_budget_and_everyone_else_is_refused() {
        open("310", "311");
        String path = "/api/budgets/" + year + "/310";
        byte[] budget = budget("310");

        for (String user : List.of("dept311", "finance", "performance", "congress", "admin")) {
            assertThat(as(user).exchange(path, HttpMethod.PUT, json(budget), String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<JsonNode> uploaded = as("dept310").exchange(path, HttpMethod.PUT, json(budget), JsonNode.class);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody().get("version").asInt()).isEqualTo(1);
        assertThat(uploaded.getBody().get("errors").asInt()).isZero();
        assertThat(uploaded.getBody().get("findings").isArray()).isTrue();
        assertThat(as("dept310").exchange(path, HttpMethod.PUT, json(budget), JsonNode.class).getBody()
                .get("version").asInt()).isEqualTo(2);

        ResponseEntity<JsonNode> notJson = as("dept310").exchange(path, HttpMethod.PUT,
                json(WorkflowBudgets.notJson()), JsonNode.class);
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notJson.getBody().get("error").asText()).contains("budget-v1");

        com.fasterxml.jackson.databind.node.ObjectNode missing = WorkflowBudgets.tree("310", "洛阳市西工区社区治理和服务创新办公室");
        ((com.fasterxml.jackson.databind.node.ObjectNode) missing.get("lines").get(3)).remove("amount");
        ResponseEntity<JsonNode> noAmount = as("dept310").exchange(path, HttpMethod.PUT,
                json(org.budgetflow.testing.SharedExamples.bytes(missing)), JsonNode.class);
        assertThat(noAmount.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noAmount.getBody().get("fields").findValuesAsText("field")).anyMatch(f -> f.startsWith("lines[3]"));

        ResponseEntity<JsonNode> otherDepartment = as("dept310").exchange(path, HttpMethod.PUT,
                json(budget("311")), JsonNode.class);
        assertThat(otherDepartment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherDepartment.getBody().get("fields").findValuesAsText("field")).contains("department.code");

        assertThat(as("dept310").exchange("/api/budgets/" + (year + 500) + "/310", HttpMethod.PUT, json(budget),
                String.class).getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
    }

    @Test
    void the_department_and_the_oversight_roles_read_a_draft_and_its_findings_other_departments_do_not() {
        open("310", "311");
        String path = "/api/budgets/" + year + "/310";
        assertThat(as("dept310").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        as("dept310").exchange(path, HttpMethod.PUT, json(budget("310")), String.class);

        for (String user : List.of("dept310", "finance", "performance", "congress", "admin")) {
            ResponseEntity<String> document = as(user).getForEntity(path, String.class);
            assertThat(document.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(document.getHeaders().getFirst("X-Budget-Version")).isEqualTo("1");
            assertThat(document.getBody()).isEqualTo(new String(budget("310"), StandardCharsets.UTF_8));
            ResponseEntity<JsonNode> findings = as(user).getForEntity(path + "/findings", JsonNode.class);
            assertThat(findings.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(findings.getBody().get("version").asInt()).isEqualTo(1);
            assertThat(as(user).getForEntity(path + "/decisions", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(as(user).getForEntity(path + "/versions", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        for (String suffix : List.of("", "/findings", "/decisions", "/versions")) {
            ResponseEntity<JsonNode> refused = as("dept311").getForEntity(path + suffix, JsonNode.class);
            assertThat(refused.getStatusCode()).as(suffix).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("error").asText()).contains("无权");
        }
    }

    @Test
    void the_oversight_roles_follow_the_cycle_and_departments_do_not() {
        open("310", "311");
        for (String user : OVERSIGHT) {
            ResponseEntity<JsonNode> cycle = as(user).getForEntity("/api/cycles/" + year, JsonNode.class);
            assertThat(cycle.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            JsonNode department = cycle.getBody().get("departments").get(0);
            assertThat(department.get("code").asText()).isEqualTo("310");
            assertThat(department.get("name").asText()).isEqualTo("洛阳市西工区社区治理和服务创新办公室");
            assertThat(department.get("stage").asText()).isEqualTo("DRAFTING");
            assertThat(department.get("stageLabel").asText()).isEqualTo("部门编制");
            assertThat(department.get("deadlines").findValuesAsText("kind")).contains("PRELIMINARY_REVIEW", "APPROVAL");
            assertThat(department.has("lastDecision")).isTrue();
        }
        assertThat(as("dept310").getForEntity("/api/cycles/" + year, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("finance").getForEntity("/api/cycles/" + (year + 500), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("finance").getForEntity("/api/cycles/next", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("dept310").postForEntity("/api/cycles/" + year + "/close", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> closed = as("finance").postForEntity("/api/cycles/" + year + "/close", null,
                JsonNode.class);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody().get("submissionsClosed").asBoolean()).isTrue();
    }

    @Test
    void each_role_sees_only_its_tasks_in_the_engine_and_tasklist_can_open_their_forms() {
        open("310", "311");
        String own = "/engine-rest/task?processInstanceBusinessKey=" + year + "-310";
        String other = "/engine-rest/task?processInstanceBusinessKey=" + year + "-311";

        JsonNode ownTasks = as("dept310").getForEntity(own, JsonNode.class).getBody();
        assertThat(ownTasks).hasSize(1);
        assertThat(ownTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("draftBudget");
        assertThat(as("dept310").getForEntity(other, JsonNode.class).getBody()).isEmpty();
        assertThat(as("dept311").getForEntity(own, JsonNode.class).getBody()).isEmpty();
        for (String user : OVERSIGHT) {
            assertThat(as(user).getForEntity(own, JsonNode.class).getBody()).as(user).hasSize(1);
        }
        String taskId = ownTasks.get(0).get("id").asText();
        ResponseEntity<JsonNode> form = as("dept310").getForEntity("/engine-rest/task/" + taskId + "/deployed-form",
                JsonNode.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().get("id").asText()).isEqualTo("draftBudgetForm");
        assertThat(as("dept311").getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.INTERNAL_SERVER_ERROR);
        JsonNode variables = as("dept310").getForEntity("/engine-rest/task/" + taskId + "/form-variables",
                JsonNode.class).getBody();
        assertThat(variables.get("draftingUrl").get("value").asText())
                .isEqualTo("/drafting/index.html?year=" + year + "&dept=310");
        assertThat(variables.get("draftFindings").get("type").asText()).isEqualTo("Json");
    }

    @Test
    void the_models_are_deployed_from_bpmn_and_forms_under_their_folder_names() {
        var deployment = repositoryService.createDeploymentQuery().deploymentName(WorkflowDeployment.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId())).containsExactlyInAnyOrder(
                "bpmn/budget-cycle.bpmn", "bpmn/department-budget.bpmn", "bpmn/disclosure-correction.bpmn",
                "bpmn/reviewRouting.dmn", "forms/congress-approval.form", "forms/correction-review.form",
                "forms/deadline-reminder.form", "forms/draft-budget.form", "forms/finance-review.form",
                "forms/performance-audit.form");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("budgetCycle").latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(1095);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private void open(String... departments) {
        ResponseEntity<String> opened = as("finance").postForEntity("/api/cycles", json(Map.of("year", year,
                "departments", List.of(departments), "congressDate", year + "-01-10")), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private byte[] budget(String department) {
        var tree = WorkflowBudgets.tree(department, "测试部门 " + department);
        tree.put("year", year);
        return org.budgetflow.testing.SharedExamples.bytes(tree);
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
}
