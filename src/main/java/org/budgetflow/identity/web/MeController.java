package org.budgetflow.identity.web;

import java.util.List;

import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.identity.Department;
import org.budgetflow.identity.DepartmentDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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

    /** The user id, display name, groups and the departments the user works for. */
    public record Me(String userId, String name, List<String> groups, List<Department> departments) {
    }

    @GetMapping("/api/me")
    public Me me() {
        CurrentUser user = currentUsers.require();
        List<Department> own = user.departments().stream().sorted()
                .map(code -> new Department(code, departments.name(code).orElse(null)))
                .toList();
        return new Me(user.userId(), displayName(user.userId()), user.groups().stream().sorted().toList(), own);
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
