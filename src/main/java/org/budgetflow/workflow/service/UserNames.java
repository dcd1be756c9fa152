package org.budgetflow.workflow.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.store.Decision;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The display names of the people in the audit trail (first and last name in the Camunda identity, e.g.
 * 财政局审核员), looked up in one query; the engine's own steps are 系统, unknown or unnamed users keep their id.
 */
@Component
public class UserNames {
    static final String SYSTEM_NAME = "系统";

    private final IdentityService identityService;
    private final CurrentUsers users;

    public UserNames(IdentityService identityService, CurrentUsers users) {
        this.identityService = identityService;
        this.users = users;
    }

    /** Display name by user id for each of the ids. */
    public Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        String[] people = userIds.stream().filter(id -> id != null && !Decision.SYSTEM.equals(id)).distinct()
                .toArray(String[]::new);
        if (people.length > 0) {
            // the oversight roles may read the trail but hold no READ permission on users: the names are looked up
            // by the application
            users.privileged(() -> identityService.createUserQuery().userIdIn(people).list())
                    .forEach(user -> names.put(user.getId(), displayName(user)));
        }
        for (String id : userIds) {
            if (id != null) {
                names.putIfAbsent(id, Decision.SYSTEM.equals(id) ? SYSTEM_NAME : id);
            }
        }
        return names;
    }

    private static String displayName(User user) {
        String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
