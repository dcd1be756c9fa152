package org.budgetflow.identity.web;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The JSON error bodies of authentication: {@code {"error": "…"}} in Chinese, with the Basic challenge on 401. */
final class ErrorResponses {
    static final String LOGIN_REQUIRED = "需要登录";
    static final String CHALLENGE = "Basic realm=\"BudgetFlow\"";

    private ErrorResponses() {
    }

    static Map<String, String> body(String message) {
        return Map.of("error", message);
    }

    static void write(HttpServletResponse response, ObjectMapper json, int status, String message) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body(message));
    }
}
