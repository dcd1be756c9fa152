package org.budgetflow.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While {@code /api} serves a request, the engine runs as the request's user; afterwards as nobody. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAuthenticationFilterTest {

    @Autowired
    private RequestAuthenticator authenticator;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private ObjectMapper json;

    @Test
    void sets_the_engine_authentication_and_the_current_user_for_the_request_and_clears_it_afterwards()
            throws Exception {
        AtomicReference<Authentication> engineUser = new AtomicReference<>();
        AtomicReference<Object> currentUser = new AtomicReference<>();
        MockHttpServletRequest request = request("dept310", "dept310");
        FilterChain chain = (req, res) -> {
            engineUser.set(identityService.getCurrentAuthentication());
            currentUser.set(req.getAttribute(CurrentUsers.REQUEST_ATTRIBUTE));
        };

        filter().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(engineUser.get().getUserId()).isEqualTo("dept310");
        assertThat(engineUser.get().getGroupIds()).containsExactly("dept310");
        assertThat(currentUser.get()).isEqualTo(new CurrentUser("dept310", java.util.Set.of("dept310")));
        assertThat(identityService.getCurrentAuthentication()).isNull();
    }

    @Test
    void clears_the_engine_authentication_when_the_request_fails() {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("boom");
        };

        assertThatThrownBy(() -> filter().doFilter(request("dept101", "dept101"), new MockHttpServletResponse(),
                failing)).hasMessage("boom");
        assertThat(identityService.getCurrentAuthentication()).isNull();
    }

    @Test
    void does_not_call_the_application_without_credentials() throws Exception {
        AtomicReference<Boolean> called = new AtomicReference<>(false);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(new MockHttpServletRequest("GET", "/api/me"), response, (req, res) -> called.set(true));

        assertThat(called.get()).isFalse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"需要登录\"}");
    }

    @Test
    void lets_a_cors_preflight_through_without_credentials() throws Exception {
        AtomicReference<Boolean> called = new AtomicReference<>(false);

        filter().doFilter(new MockHttpServletRequest("OPTIONS", "/api/me"), new MockHttpServletResponse(),
                (req, res) -> called.set(true));

        assertThat(called.get()).isTrue();
    }

    private ApiAuthenticationFilter filter() {
        return new ApiAuthenticationFilter(authenticator, identityService, json);
    }

    private static MockHttpServletRequest request(String user, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return request;
    }
}
