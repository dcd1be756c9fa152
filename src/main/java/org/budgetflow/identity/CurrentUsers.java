package org.budgetflow.identity;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The authenticated user of the current HTTP request. The authentication filter of {@code /api/*} puts the user
 * on the request (HTTP Basic against the Camunda identity, or the Camunda webapps' session) and sets the engine's
 * authentication for the request, so engine queries made while serving it are authorization-checked.
 */
@Component
public class CurrentUsers {
    /** Request attribute under which the authentication filter stores the {@link CurrentUser}. */
    public static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    private final IdentityService identityService;

    public CurrentUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The authenticated user of the current request, or empty outside a request or without authentication. */
    public Optional<CurrentUser> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
                .map(CurrentUser.class::cast);
    }

    /** The authenticated user of the current request; {@link AuthenticationRequiredException} (HTTP 401) without one. */
    public CurrentUser require() {
        return current().orElseThrow(AuthenticationRequiredException::new);
    }

    /**
     * Runs engine calls without the user's engine authentication (no authorization checks), restoring it afterwards.
     * For the application's own steps that the user may take but whose engine calls the user's Camunda permissions do
     * not cover (e.g. correlating a message after the application has checked {@link CurrentUser#mayRead}).
     */
    public <T> T privileged(Supplier<T> action) {
        Authentication saved = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (saved != null) {
                identityService.setAuthentication(saved);
            }
        }
    }
}
