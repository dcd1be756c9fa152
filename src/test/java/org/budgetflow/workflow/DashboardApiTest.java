package org.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.DashboardCycles.at;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budgetflow.testing.DashboardApplication;
import org.budgetflow.testing.DashboardCycles;
import org.budgetflow.testing.WorkflowEngines;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the progress dashboard reads and who reaches it, in the running application (demo users, password = user id;
 * the demo cycles 2023 and 2024 beside the tests' own years): the list of cycles with their departments counted by
 * stage, the legal deadlines counted down on the engine's clock, the timelines from the audit trail, and the page and
 * its endpoints refused to anonymous and department users.
 */
@DashboardApplication
class DashboardApiTest {
    private static final List<String> OVERSIGHT = List.of("finance", "performance", "congress", "admin");
    private static final String DEPT310_NAME = "洛阳市西工区社区治理和服务创新办公室";

    @LocalServerPort
    private int port;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private CycleService cycleService;
    @Autowired
    private BudgetService budgetService;
    @Autowired
    private ObjectMapper json;

    private DashboardCycles cycles;
    private CookieManager cookies;
    private HttpClient http;

    @BeforeEach
    void start() {
        WorkflowEngines.activate(engine);
        cycles = new DashboardCycles(engine, cycleService, budgetService);
        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    @AfterEach
    void reset_the_clock() {
        DashboardCycles.resetClock();
    }

    // ---------------------------------------------------------------------------------------------- the cycles

    @Test
    void lists_every_cycle_newest_first_with_its_departments_counted_by_stage() throws Exception {
        at(2018, 3, 1, 9, 30);
        cycles.open(2018, null, "101", "310", "311");
        cycles.submit(2018, "310", 0);
        cycles.submit(2018, "311", 0);
        cycles.financeReview(2018, "311", "approve", null);

        JsonNode list = get("finance", "/api/cycles");

        List<Integer> years = new ArrayList<>();
        list.get("cycles").forEach(c -> years.add(c.get("year").asInt()));
        assertThat(years).contains(2024, 2023, 2018).isSortedAccordingTo((a, b) -> b - a);
        JsonNode cycle = cycleOf(list, 2018);
        assertThat(cycle.get("departments").asInt()).isEqualTo(3);
        assertThat(cycle.get("openedBy").asText()).isEqualTo("finance");
        assertThat(cycle.get("openedAt").asText()).isEqualTo("2018-03-01T01:30:00Z");
        assertThat(cycle.get("congressDate").isNull()).isTrue();
        assertThat(cycle.get("submissionsClosed").asBoolean()).isFalse();
        assertThat(counts(cycle.get("stages"))).containsExactly(
                Map.entry("DRAFTING:部门编制", 1), Map.entry("FINANCE_REVIEW:财政局审核", 1),
                Map.entry("PERFORMANCE_AUDIT:绩效目标审核", 1), Map.entry("READY_FOR_CONGRESS:待人大审查", 0),
                Map.entry("CONGRESS_REVIEW:人大审查批准", 0), Map.entry("APPROVED:已批准", 0),
                Map.entry("PUBLISHED:已公开", 0));

        JsonNode overview = get("performance", "/api/cycles/2018");
        assertThat(counts(overview.get("stages"))).isEqualTo(counts(cycle.get("stages")));
        assertThat(overview.get("today").asText()).isEqualTo("2018-03-01");
        assertThat(overview.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(overview.get("departments").findValuesAsText("stageLabel"))
                .containsExactly("部门编制", "财政局审核", "绩效目标审核");
        assertThat(overview.get("departments").get(1).get("deadlines")).as("no congress date: no clock yet").isEmpty();
    }

    @Test
    void counts_the_54_departments_of_the_demo_district_in_one_cycle() throws Exception {
        JsonNode district = cycleOf(get("admin", "/api/cycles"), 2024);

        assertThat(district.get("departments").asInt()).isEqualTo(54);
        assertThat(counts(district.get("stages"))).containsEntry("DRAFTING:部门编制", 54);
        assertThat(get("admin", "/api/cycles/2024").get("departments")).hasSize(54);
        assertThat(get("admin", "/api/cycles/2024/timeline").get("departments")).hasSize(54);
    }

    // ---------------------------------------------------------------------------------------------- the clocks

    @Test
    void the_approval_deadline_counts_down_from_the_congress_date_and_is_overdue_after_its_twentieth_day()
            throws Exception {
        at(2019, 1, 5, 10, 0);
        cycles.open(2019, "2019-01-10", "310");

        at(2019, 1, 25, 10, 0);
        JsonNode approval = deadline(get("finance", "/api/cycles/2019"), "APPROVAL");
        assertThat(approval.get("label").asText()).contains("批复", "二十日");
        assertThat(approval.get("due").asText()).isEqualTo("2019-01-30");
        assertThat(approval.get("daysLeft").asInt()).isEqualTo(5);
        assertThat(approval.get("overdue").asBoolean()).isFalse();
        assertThat(approval.get("done").asBoolean()).isFalse();

        at(2019, 1, 30, 23, 59);
        approval = deadline(get("finance", "/api/cycles/2019"), "APPROVAL");
        assertThat(approval.get("daysLeft").asInt()).as("the last day").isZero();
        assertThat(approval.get("overdue").asBoolean()).isFalse();

        at(2019, 1, 31, 0, 0);
        approval = deadline(get("finance", "/api/cycles/2019"), "APPROVAL");
        assertThat(approval.get("daysLeft").asInt()).isEqualTo(-1);
        assertThat(approval.get("overdue").asBoolean()).isTrue();

        at(2019, 2, 3, 8, 0);
        approval = deadline(get("congress", "/api/cycles/2019"), "APPROVAL");
        assertThat(approval.get("daysLeft").asInt()).isEqualTo(-4);
        assertThat(approval.get("overdue").asBoolean()).isTrue();
        assertThat(deadlineKinds(get("congress", "/api/cycles/2019"))).doesNotContain("PUBLICATION");
    }

    @Test
    void the_publication_deadline_runs_from_the_approval_and_both_show_the_day_they_were_met() throws Exception {
        at(2020, 1, 6, 9, 0);
        cycles.open(2020, "2020-01-10", "310");
        cycles.submit(2020, "310", 0);
        cycles.financeReview(2020, "310", "approve", "同意");
        cycles.performanceAudit(2020, "310", "优", "目标明确");
        at(2020, 1, 10, 16, 0);
        cycles.congressApproves(2020, "批准");
        assertThat(department(get("finance", "/api/cycles/2020"), "310").get("stage").asText()).isEqualTo("APPROVED");

        at(2020, 1, 14, 10, 0);
        cycles.runStep(2020, "310", "recordApproval");
        JsonNode overview = get("finance", "/api/cycles/2020");
        JsonNode approval = deadline(overview, "APPROVAL");
        assertThat(approval.get("done").asBoolean()).isTrue();
        assertThat(approval.get("doneOn").asText()).isEqualTo("2020-01-14");
        assertThat(approval.get("daysLeft").isNull()).isTrue();
        assertThat(approval.get("overdue").asBoolean()).isFalse();
        JsonNode publication = deadline(overview, "PUBLICATION");
        assertThat(publication.get("label").asText()).contains("公开", "二十日");
        assertThat(publication.get("due").asText()).isEqualTo("2020-02-03");
        assertThat(publication.get("daysLeft").asInt()).isEqualTo(20);
        assertThat(publication.get("done").asBoolean()).isFalse();

        at(2020, 2, 5, 11, 0);
        publication = deadline(get("finance", "/api/cycles/2020"), "PUBLICATION");
        assertThat(publication.get("overdue").asBoolean()).isTrue();
        assertThat(publication.get("daysLeft").asInt()).isEqualTo(-2);

        cycles.runStep(2020, "310", "publishDisclosure");
        overview = get("finance", "/api/cycles/2020");
        publication = deadline(overview, "PUBLICATION");
        assertThat(publication.get("done").asBoolean()).isTrue();
        assertThat(publication.get("doneOn").asText()).as("late, and shown so").isEqualTo("2020-02-05");
        assertThat(publication.get("overdue").asBoolean()).isFalse();
        assertThat(counts(overview.get("stages"))).containsEntry("PUBLISHED:已公开", 1);
        assertThat(department(overview, "310").get("lastDecision").get("stepLabel").asText()).isEqualTo("公开");
    }

    // ---------------------------------------------------------------------------------------------- the timelines

    @Test
    void a_departments_timeline_lists_every_decision_oldest_first_with_who_when_and_why() throws Exception {
        at(2021, 1, 5, 9, 0);
        cycles.open(2021, null, "310", "311");
        cycles.submit(2021, "310", 0);
        at(2021, 1, 5, 10, 30);
        cycles.financeReview(2021, "310", "return", "请补充<b>测算</b>依据");
        at(2021, 1, 6, 15, 45);
        cycles.submit(2021, "310", 1);
        at(2021, 1, 7, 8, 15);
        cycles.financeReview(2021, "310", "approve", "同意");

        JsonNode timeline = get("congress", "/api/cycles/2021/timeline?department=310");

        assertThat(timeline.get("year").asInt()).isEqualTo(2021);
        assertThat(timeline.get("departments")).hasSize(1);
        JsonNode department = timeline.get("departments").get(0);
        assertThat(department.get("code").asText()).isEqualTo("310");
        assertThat(department.get("name").asText()).isEqualTo(DEPT310_NAME);
        assertThat(department.get("stageLabel").asText()).isEqualTo("绩效目标审核");
        JsonNode steps = department.get("decisions");
        assertThat(steps.findValuesAsText("stepLabel"))
                .containsExactly("部门编制", "提交校验", "财政局审核", "部门编制", "提交校验", "财政局审核");
        assertThat(steps.findValuesAsText("decisionLabel"))
                .containsExactly("提交", "校验通过", "退回", "提交", "校验通过", "通过");
        assertThat(steps.findValuesAsText("version")).containsExactly("1", "1", "1", "2", "2", "2");
        assertThat(steps.findValuesAsText("at")).containsExactly("2021-01-05T01:00:00Z", "2021-01-05T01:00:00Z",
                "2021-01-05T02:30:00Z", "2021-01-06T07:45:00Z", "2021-01-06T07:45:00Z", "2021-01-07T00:15:00Z");
        JsonNode returned = steps.get(2);
        assertThat(returned.get("decision").asText()).isEqualTo("return");
        assertThat(returned.get("comment").asText()).isEqualTo("请补充<b>测算</b>依据");
        assertThat(returned.get("by").asText()).isEqualTo("finance");
        assertThat(returned.get("byName").asText()).isEqualTo("财政局审核员");
        assertThat(steps.get(0).get("byName").asText()).isEqualTo(DEPT310_NAME + "预算编制员");
        assertThat(steps.get(1).get("by").asText()).isEqualTo("system");
        assertThat(steps.get(1).get("byName").asText()).isEqualTo("系统");

        JsonNode last = department(get("finance", "/api/cycles/2021"), "310").get("lastDecision");
        assertThat(last.get("decisionLabel").asText()).isEqualTo("通过");
        assertThat(last.get("comment").asText()).isEqualTo("同意");
    }

    @Test
    void the_whole_cycles_timeline_comes_in_one_call_and_unknown_cycles_or_departments_are_not_found()
            throws Exception {
        at(2022, 2, 1, 9, 0);
        cycles.open(2022, null, "310", "311");
        cycles.submit(2022, "311", 0);

        JsonNode all = get("admin", "/api/cycles/2022/timeline");

        assertThat(all.get("departments").findValuesAsText("code")).containsExactly("310", "311");
        assertThat(all.get("departments").get(0).get("decisions")).isEmpty();
        assertThat(all.get("departments").get(1).get("decisions").findValuesAsText("decision"))
                .containsExactly("submit", "pass");
        assertThat(all.get("departments").get(1).get("stageLabel").asText()).isEqualTo("财政局审核");
        assertThat(send(basic("admin", get("/api/cycles/2022/timeline?department=999"))).statusCode()).isEqualTo(404);
        assertThat(send(basic("admin", get("/api/cycles/2099/timeline"))).statusCode()).isEqualTo(404);
        HttpResponse<String> notAYear = send(basic("admin", get("/api/cycles/soon/timeline")));
        assertThat(notAYear.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notAYear.body()).get("error").asText()).contains("year");
    }

    // ---------------------------------------------------------------------------------------------- who

    @Test
    void anonymous_users_get_401_with_a_link_to_the_tasklist_login_and_no_dashboard() throws Exception {
        for (String path : List.of("/dashboard", "/dashboard/", "/dashboard/index.html")) {
            HttpResponse<String> page = send(get(path));

            assertThat(page.statusCode()).as(path).isEqualTo(401);
            assertThat(page.headers().firstValue("WWW-Authenticate")).as(path).contains("Basic realm=\"BudgetFlow\"");
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains("需要登录", "href=\"/camunda/app/tasklist/\"", "登录 Tasklist")
                    .doesNotContain("/api/cycles", "<script");
        }
        for (String path : List.of("/api/cycles", "/api/cycles/2024", "/api/cycles/2024/timeline")) {
            HttpResponse<String> api = send(get(path));
            assertThat(api.statusCode()).as(path).isEqualTo(401);
            assertThat(json.readTree(api.body()).get("error").asText()).isEqualTo("需要登录");
        }
    }

    @Test
    void a_wrong_password_gets_the_login_page_again() throws Exception {
        HttpResponse<String> page = send(basic("nobody", get("/dashboard")));

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("用户名或密码错误", "/camunda/app/tasklist/").doesNotContain("<script");
    }

    @Test
    void department_users_get_403_for_the_dashboard_and_its_endpoints() throws Exception {
        HttpResponse<String> page = send(basic("dept310", get("/dashboard")));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("无权", "dept310").doesNotContain("/api/cycles", "<script");
        assertThat(send(basic("dept310", get("/dashboard/index.html"))).statusCode()).isEqualTo(403);
        for (String path : List.of("/api/cycles", "/api/cycles/2024", "/api/cycles/2024/timeline",
                "/api/cycles/2024/timeline?department=310")) {
            HttpResponse<String> api = send(basic("dept310", get(path)));
            assertThat(api.statusCode()).as(path).isEqualTo(403);
            assertThat(json.readTree(api.body()).get("error").asText()).contains("只有财政局");
        }
    }

    @Test
    void finance_performance_congress_and_admin_open_the_dashboard_and_read_its_endpoints() throws Exception {
        for (String user : OVERSIGHT) {
            for (String path : List.of("/dashboard", "/dashboard/")) {
                HttpResponse<String> page = send(basic(user, get(path)));
                assertThat(page.statusCode()).as(user + " " + path).isEqualTo(200);
                assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
                assertThat(page.body()).contains("<title>预算编审进度看板", "/api/cycles");
            }
            for (String path : List.of("/api/cycles", "/api/cycles/2024", "/api/cycles/2024/timeline?department=101")) {
                assertThat(send(basic(user, get(path))).statusCode()).as(user + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void a_user_logged_into_tasklist_opens_the_dashboard_with_the_same_session() throws Exception {
        logIntoTasklist("performance");

        assertThat(send(get("/dashboard")).statusCode()).isEqualTo(200);
        assertThat(send(get("/api/cycles")).statusCode()).isEqualTo(200);

        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).build();
        logIntoTasklist("dept311");
        assertThat(send(get("/dashboard")).statusCode()).isEqualTo(403);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private JsonNode get(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(basic(user, get(path)));
        assertThat(response.statusCode()).as("%s %s: %s", user, path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode cycleOf(JsonNode list, int year) {
        for (JsonNode cycle : list.get("cycles")) {
            if (cycle.get("year").asInt() == year) {
                return cycle;
            }
        }
        throw new AssertionError("no cycle " + year + " in " + list);
    }

    private static JsonNode department(JsonNode overview, String code) {
        for (JsonNode department : overview.get("departments")) {
            if (department.get("code").asText().equals(code)) {
                return department;
            }
        }
        throw new AssertionError("no department " + code + " in " + overview);
    }

    /** The first department's deadline of this kind. */
    private static JsonNode deadline(JsonNode overview, String kind) {
        for (JsonNode deadline : overview.get("departments").get(0).get("deadlines")) {
            if (deadline.get("kind").asText().equals(kind)) {
                return deadline;
            }
        }
        throw new AssertionError("no deadline " + kind + " in " + overview);
    }

    private static List<String> deadlineKinds(JsonNode overview) {
        return overview.get("departments").get(0).get("deadlines").findValuesAsText("kind");
    }

    /** {@code "STAGE:label" -> count} in the order given. */
    private static Map<String, Integer> counts(JsonNode stages) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        stages.forEach(s -> counts.put(s.get("stage").asText() + ":" + s.get("stageLabel").asText(),
                s.get("count").asInt()));
        return counts;
    }

    /** Logs in as the webapps do (their CSRF token first). */
    private void logIntoTasklist(String user) throws IOException, InterruptedException {
        send(get("/camunda/app/tasklist/default/"));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfCookie())
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    private String csrfCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private static HttpRequest.Builder basic(String user, HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
