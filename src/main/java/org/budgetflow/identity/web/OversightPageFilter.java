package org.budgetflow.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.budgetflow.identity.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the pages for the finance bureau, the performance centre, the congress and the administrators (the progress
 * dashboard {@code /dashboard}): the user logs in as for the application API (HTTP Basic or the Camunda webapps'
 * session, see {@link RequestAuthenticator}). Anyone else gets a Chinese page instead of the content: 401 with a
 * Basic challenge and a link to the Tasklist login without a login, 403 for other users (department staff).
 */
public class OversightPageFilter extends OncePerRequestFilter {
    private final RequestAuthenticator authenticator;
    private final AuthenticatedRequests requests;

    public OversightPageFilter(RequestAuthenticator authenticator, IdentityService identityService) {
        this.authenticator = authenticator;
        this.requests = new AuthenticatedRequests(identityService);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestAuthentication outcome = authenticator.authenticate(request);
        if (outcome instanceof RequestAuthentication.Authenticated authenticated) {
            CurrentUser user = requests.user(authenticated.userId());
            if (user.isOversight()) {
                requests.proceedAs(user, request, response, chain);
            } else {
                ErrorPages.forbidden(request, response, user.userId());
            }
        } else if (outcome instanceof RequestAuthentication.Rejected rejected
                && rejected.status() != HttpServletResponse.SC_UNAUTHORIZED) {
            ErrorPages.forbidden(request, response, null);
        } else {
            String problem = outcome instanceof RequestAuthentication.Rejected rejected ? rejected.message()
                    : ErrorResponses.LOGIN_REQUIRED;
            ErrorPages.loginRequired(request, response, problem);
        }
    }
}
