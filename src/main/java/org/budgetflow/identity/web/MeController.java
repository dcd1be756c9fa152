package org.budgetflow.identity.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.identity.Department;
import org.budgetflow.identity.DepartmentDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the caller is, for the drafting page and for scripts checking their credentials. */
@RestController
public class MeController {
    private final CurrentUsers currentUsers;
    private final DepartmentDirectory departments;
    private final IdentityService identityService;

    public MeController(CurrentUsers currentUsers, DepartmentDirectory departments, IdentityService identityService) {
        this.currentUsers = currentUsers;
        this.departments = departments;
        this.identityService = identityService;
    }

    /**
     * The user id, display name, groups and the departments the user works for; for a user logged in through the
     * webapps also the session's CSRF token, which the application's own pages must echo in {@code X-XSRF-TOKEN}
     * when they change something (the webapps' cookie of it is scoped to {@code /camunda}). Same-origin only: no
     * other site can read this answer.
     */
    public record Me(String userId, String name, List<String> groups, List<Department> departments,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String csrfToken) {
    }

    @GetMapping("/api/me")
    public Me me(HttpServletRequest request) {
        CurrentUser user = currentUsers.require();
        List<Department> own = user.departments().stream().sorted()
                .map(code -> new Department(code, departments.name(code).orElse(null)))
                .toList();
        return new Me(user.userId(), displayName(user.userId()), user.groups().stream().sorted().toList(), own,
                csrfToken(request));
    }

    private static String csrfToken(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return token instanceof String text ? text : null;
    }

    private String displayName(String userId) {
        User profile = currentUsers.privileged(
                () -> identityService.createUserQuery().userId(userId).singleResult());
        if (profile == null) {
            return userId;
        }
        String name = (nullToEmpty(profile.getFirstName()) + nullToEmpty(profile.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
