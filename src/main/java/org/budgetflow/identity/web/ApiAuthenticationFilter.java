package org.budgetflow.identity.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.budgetflow.identity.CurrentUsers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the application API ({@code /api/*}): every request but CORS preflight needs an authenticated user
 * (401 with a Chinese JSON body otherwise). For the request the user is put on the request for
 * {@link CurrentUsers} and set as the engine's authentication (cleared afterwards), so engine calls are
 * authorization-checked as that user.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {
    private final RequestAuthenticator authenticator;
    private final AuthenticatedRequests requests;
    private final ObjectMapper json;

    public ApiAuthenticationFilter(RequestAuthenticator authenticator, IdentityService identityService,
            ObjectMapper json) {
        this.authenticator = authenticator;
        this.requests = new AuthenticatedRequests(identityService);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        RequestAuthentication outcome = authenticator.authenticate(request);
        if (outcome instanceof RequestAuthentication.Rejected rejected) {
            ErrorResponses.write(response, json, rejected.status(), rejected.message());
        } else if (outcome instanceof RequestAuthentication.Authenticated authenticated) {
            requests.proceedAs(requests.user(authenticated.userId()), request, response, chain);
        } else {
            ErrorResponses.write(response, json, HttpServletResponse.SC_UNAUTHORIZED, ErrorResponses.LOGIN_REQUIRED);
        }
    }
}
