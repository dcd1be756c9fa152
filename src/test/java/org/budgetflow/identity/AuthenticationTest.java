package org.budgetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application API and the engine REST API require a Camunda login (HTTP Basic; for {@code /api} also the
 * webapps' session); health, the webapps' pages and everything public stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticationTest {
    /**
     * Wrong passwords go to this throwaway user only: the engine refuses even the right password for a few seconds
     * after a wrong one (login throttling), which would disturb the demo users of other tests.
     */
    private static final String THROWAWAY = "identitytestuser";

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    private CookieManager cookies;
    private HttpClient http;

    @Autowired
    private IdentityService identityService;

    @BeforeEach
    void newBrowserAndThrowawayUser() {
        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).build();
        User user = identityService.newUser(THROWAWAY);
        user.setPassword(THROWAWAY);
        identityService.saveUser(user);
    }

    @AfterEach
    void deleteThrowawayUser() {
        identityService.deleteUser(THROWAWAY);
    }

    @Test
    void the_api_refuses_a_request_without_credentials_with_401_in_chinese_and_a_basic_challenge() throws Exception {
        for (String path : new String[] {"/api/me", "/api/budgets/2023/310", "/api/cycles"}) {
            HttpResponse<String> response = send(get(path));

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).contains("Basic realm=\"BudgetFlow\"");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(json.readTree(response.body()).path("error").asText()).isEqualTo("需要登录");
        }
    }

    @Test
    void the_api_refuses_a_wrong_password_or_a_malformed_authorization_header() throws Exception {
        HttpResponse<String> wrong = send(get("/api/me").header("Authorization", basic(THROWAWAY, "wrong")));
        HttpResponse<String> unknown = send(get("/api/me").header("Authorization", basic("nobody", "nobody")));
        HttpResponse<String> bearer = send(get("/api/me").header("Authorization", "Bearer abc"));

        for (HttpResponse<String> response : java.util.List.of(wrong, unknown, bearer)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json.readTree(response.body()).path("error").asText()).isEqualTo("用户名或密码错误");
        }
    }

    @Test
    void the_api_tells_an_authenticated_department_user_who_it_is() throws Exception {
        HttpResponse<String> response = send(get("/api/me").header("Authorization", basic("dept310", "dept310")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(response.body());
        assertThat(me.path("userId").asText()).isEqualTo("dept310");
        assertThat(me.path("name").asText()).isEqualTo("洛阳市西工区社区治理和服务创新办公室预算编制员");
        assertThat(me.path("groups").toString()).isEqualTo("[\"dept310\"]");
        assertThat(me.path("departments").toString())
                .isEqualTo("[{\"code\":\"310\",\"name\":\"洛阳市西工区社区治理和服务创新办公室\"}]");
    }

    @Test
    void the_api_tells_an_oversight_user_it_belongs_to_no_department() throws Exception {
        JsonNode me = json.readTree(send(get("/api/me").header("Authorization", basic("finance", "finance"))).body());

        assertThat(me.path("groups").toString()).isEqualTo("[\"finance\"]");
        assertThat(me.path("departments").size()).isZero();
    }

    @Test
    void the_engine_rest_api_requires_a_login_and_then_answers_as_that_user() throws Exception {
        HttpResponse<String> anonymous = send(get("/engine-rest/task"));
        HttpResponse<String> wrong = send(get("/engine-rest/task").header("Authorization", basic(THROWAWAY, "x")));
        HttpResponse<String> right = send(get("/engine-rest/process-instance")
                .header("Authorization", basic("dept310", "dept310")));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).isEqualTo("[]");
    }

    @Test
    void health_and_the_webapps_login_page_stay_open() throws Exception {
        assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
        assertThat(send(get("/camunda/app/tasklist/default/")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_user_logged_into_tasklist_uses_the_api_with_the_same_session() throws Exception {
        String csrf = logIntoTasklist("dept310");

        HttpResponse<String> me = send(get("/api/me"));
        HttpResponse<String> postWithoutToken = send(post("/api/me"));
        HttpResponse<String> postWithToken = send(post("/api/me").header("X-XSRF-TOKEN", csrf));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).path("userId").asText()).isEqualTo("dept310");
        assertThat(postWithoutToken.statusCode()).as("a state change needs the CSRF token").isEqualTo(403);
        assertThat(json.readTree(postWithoutToken.body()).path("error").asText()).contains("X-XSRF-TOKEN");
        assertThat(postWithToken.statusCode()).as("authenticated; GET only").isEqualTo(405);
    }

    @Test
    void basic_credentials_take_precedence_over_the_session() throws Exception {
        logIntoTasklist("dept101");

        HttpResponse<String> response = send(get("/api/me").header("Authorization", basic(THROWAWAY, "wrong")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** Logs in as the webapps do (their CSRF token first); returns the session's CSRF token. */
    private String logIntoTasklist(String user) throws IOException, InterruptedException {
        send(get("/camunda/app/tasklist/default/"));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfCookie())
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        send(get("/camunda/api/admin/auth/user/default"));
        return csrfCookie();
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

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
