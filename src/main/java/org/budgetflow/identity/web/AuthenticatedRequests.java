package org.budgetflow.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Serves a request as an authenticated user: the user with its groups is put on the request for
 * {@link CurrentUsers} and set as the engine's authentication (cleared afterwards), so engine calls made while
 * serving it are authorization-checked as that user.
 */
final class AuthenticatedRequests {
    private final IdentityService identityService;

    AuthenticatedRequests(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user with its Camunda groups. */
    CurrentUser user(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return new CurrentUser(userId, Set.copyOf(groups));
    }

    void proceedAs(CurrentUser user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(CurrentUsers.REQUEST_ATTRIBUTE, user);
        identityService.setAuthentication(user.userId(), List.copyOf(user.groups()));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
