package org.budgetflow.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.budgetflow.identity.AuthenticationRequiredException;
import org.budgetflow.identity.CurrentUsers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller that calls {@link CurrentUsers#require()} without an authenticated user answers 401 in Chinese. */
class AuthenticationRequiredHandlerTest {

    @RestController
    static class Probe {
        private final CurrentUsers users = new CurrentUsers(null);

        @GetMapping("/probe")
        String probe() {
            return users.require().userId();
        }
    }

    @Test
    void answers_an_anonymous_call_to_require_with_401_a_chinese_body_and_a_basic_challenge() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Probe())
                .setControllerAdvice(new AuthenticationRequiredHandler()).build();

        mvc.perform(get("/probe"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"BudgetFlow\""))
                .andExpect(jsonPath("$.error").value("需要登录"));
    }

    @Test
    void current_is_empty_outside_a_request() {
        CurrentUsers users = new CurrentUsers(null);

        assertThat(users.current()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(users::require)
                .isInstanceOf(AuthenticationRequiredException.class);
    }
}
