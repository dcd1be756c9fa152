package org.budgetflow.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.testing.DashboardCycles;
import org.budgetflow.testing.SharedExamples;
import org.budgetflow.testing.WorkflowBudgets;
import org.budgetflow.testing.WorkflowEngines;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CorrectionService;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 更正公开 (process {@code disclosureCorrection}): a department corrects its published budget, the finance bureau
 * approves (the correction is published as version 2 and version 1 stays public, superseded, with the reason) or
 * rejects it (nothing changes on the portal); corrections that would change the approved totals, carry errors, come
 * before publication, from another department or while one is pending are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:publication-corrections;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
class PublicationCorrectionTest {
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2051);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "表06 公用经费 2 行科目名称印错，更正名称";

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private CycleService cycles;
    @Autowired
    private BudgetService budgets;
    @Autowired
    private BudgetVersionStore versions;
    @Autowired
    private DecisionStore decisions;
    @Autowired
    private TestRestTemplate http;

    private DashboardCycles driver;
    private int year;

    @BeforeEach
    void a_published_budget() {
        WorkflowEngines.activate(engine);
        AbstractAssertions.init(engine);
        driver = new DashboardCycles(engine, cycles, budgets);
        year = NEXT_YEAR.getAndIncrement();
        driver.open(year, null, "310");
        driver.submit(year, "310", 0);
        driver.financeReview(year, "310", "approve", null);
        driver.performanceAudit(year, "310", "优", "目标明确");
        driver.congressApproves(year, "同意");
        driver.runStep(year, "310", "recordApproval");
        driver.runStep(year, "310", "publishDisclosure");
    }

    @Test
    void an_approved_correction_is_published_as_a_new_version_and_the_first_stays_public_as_superseded() throws Exception {
        ResponseEntity<JsonNode> requested = request("dept310", corrected(BigDecimal.ZERO));
        assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(requested.getBody().get("version").asInt()).isEqualTo(2);
        ProcessInstance correction = instance();
        assertThat(correction).isWaitingAt("correctionReview").task().hasCandidateGroup("finance");

        driver.complete("finance", businessKey(), "correctionReview", Map.of("decision", "approve"));
        assertThat(correction).isWaitingAt("publishCorrection");
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(correction.getId()).singleResult().getId());

        assertThat(correction).hasPassed("correctionReview", "publishCorrection", "correctionPublished").isEnded();
        assertThat(versions.version(year, "310", 2).orElseThrow().frozen()).isTrue();
        String page = http.getForObject("/public/" + year + "/310", String.class);
        assertThat(page).contains("已被第 2 版更正取代", REASON, "/public/" + year + "/310/v1/disclosure.pdf");
        ResponseEntity<String> first = http.getForEntity("/public/" + year + "/310/v1/disclosure.json", String.class);
        ResponseEntity<String> current = http.getForEntity("/public/" + year + "/310/disclosure.json", String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(current.getBody()).isEqualTo(http.getForObject("/public/" + year + "/310/v2/disclosure.json",
                String.class));
        assertThat(http.getForObject("/public/" + year + "/310/disclosure.html", String.class)).contains("更正说明");
        assertThat(http.getForObject("/public/" + year + "/310/v1/disclosure.html", String.class))
                .doesNotContain("更正说明");
        JsonNode index = JSON.readTree(http.getForObject("/public/index.json", String.class));
        assertThat(index.toString()).contains("\"version\":2");
        assertThat(decisions.of(year, "310")).filteredOn(d -> d.step() == Decision.Step.CORRECTION
                        || d.decision().equals("republish"))
                .extracting(Decision::decision).containsExactly("request", "approve", "republish");
    }

    @Test
    void a_rejected_correction_changes_nothing_public_and_a_new_one_may_follow() throws Exception {
        request("dept310", corrected(BigDecimal.ZERO));
        ProcessInstance correction = instance();

        assertThatThrownBy(() -> driver.complete("finance", businessKey(), "correctionReview",
                Map.of("decision", "reject"))).hasMessageContaining("必须填写审核意见");
        driver.complete("finance", businessKey(), "correctionReview",
                Map.of("decision", "reject", "comment", "原表名称无误，无需更正"));

        assertThat(correction).hasPassed("correctionRejected").hasNotPassed("publishCorrection").isEnded();
        assertThat(versions.version(year, "310", 2).orElseThrow().frozen()).isFalse();
        assertThat(http.getForObject("/public/" + year + "/310", String.class)).doesNotContain("更正取代");
        assertThat(http.getForEntity("/public/" + year + "/310/v2/disclosure.json", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(request("dept310", corrected(BigDecimal.ZERO)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void corrections_that_change_the_approved_totals_lack_a_reason_come_twice_or_from_elsewhere_are_refused()
            throws Exception {
        ResponseEntity<JsonNode> changed = request("dept310", corrected(new BigDecimal("1.00")));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(changed.getBody().get("error").asText()).contains("预算调整");
        assertThat(changed.getBody().toString()).contains("≠ 批准数");

        ObjectNode noReason = corrected(BigDecimal.ZERO);
        noReason.remove("reason");
        assertThat(request("dept310", noReason).getBody().get("fields").get(0).get("field").asText())
                .isEqualTo("reason");
        assertThat(request("dept311", corrected(BigDecimal.ZERO)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(request("finance", corrected(BigDecimal.ZERO)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(request("dept310", corrected(BigDecimal.ZERO)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> twice = request("dept310", corrected(BigDecimal.ZERO));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().get("error").asText()).contains("已有一项更正在审核中");
        assertThat(versions.versions(year, "310")).hasSize(2);
    }

    @Test
    void a_budget_not_yet_published_cannot_be_corrected() throws Exception {
        int draftYear = NEXT_YEAR.getAndIncrement();
        driver.open(draftYear, null, "310");
        driver.upload(draftYear, "310", 0);
        ObjectNode body = corrected(BigDecimal.ZERO);
        ((ObjectNode) body.get("budget")).put("year", draftYear);

        ResponseEntity<JsonNode> refused = http.withBasicAuth("dept310", "dept310").postForEntity(
                "/api/budgets/" + draftYear + "/310/corrections", json(body), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("error").asText()).contains("尚未公开");
    }

    /** The published budget with a corrected department text; {@code shift} moves one line and its income. */
    private ObjectNode corrected(BigDecimal shift) {
        ObjectNode budget = WorkflowBudgets.tree("310", "洛阳市西工区社区治理和服务创新办公室");
        budget.put("year", year);
        ((ObjectNode) budget.get("department")).put("composition", "更正说明：本部门预算由本级 1 个单位构成。");
        if (shift.signum() != 0) {
            ObjectNode line = (ObjectNode) budget.get("lines").get(0);
            line.put("amount", new BigDecimal(line.get("amount").asText()).add(shift).toPlainString());
            for (JsonNode income : budget.get("income")) {
                if (income.get("unitCode").asText().equals(line.get("unitCode").asText())
                        && income.get("fundSource").asText().equals(line.get("fundSource").asText())
                        && income.path("carryOver").asBoolean(false) == line.path("carryOver").asBoolean(false)) {
                    ((ObjectNode) income).put("amount",
                            new BigDecimal(income.get("amount").asText()).add(shift).toPlainString());
                    break;
                }
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("reason", REASON);
        body.set("budget", budget);
        return body;
    }

    private ResponseEntity<JsonNode> request(String user, ObjectNode body) {
        return http.withBasicAuth(user, user).postForEntity("/api/budgets/" + year + "/310/corrections", json(body),
                JsonNode.class);
    }

    private String businessKey() {
        return CorrectionService.businessKey(year, "310", 2);
    }

    private ProcessInstance instance() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey())
                .singleResult();
    }

    private static HttpEntity<byte[]> json(ObjectNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(SharedExamples.bytes(body), headers);
    }
}
