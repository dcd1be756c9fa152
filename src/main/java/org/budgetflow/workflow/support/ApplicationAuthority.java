package org.budgetflow.workflow.support;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application makes on a user's behalf, after checking the user's rights itself, without
 * the user's engine authentication (which the web layer sets for the request), and restores it afterwards. A
 * department user who uploads a draft may not update process instances in the engine, but the application refreshes
 * the draft's status on the department's process.
 */
@Component
public class ApplicationAuthority {
    private final IdentityService identityService;

    public ApplicationAuthority(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T run(Supplier<T> engineCalls) {
        Authentication saved = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return engineCalls.get();
        } finally {
            if (saved != null) {
                identityService.setAuthentication(saved);
            }
        }
    }

    public void run(Runnable engineCalls) {
        run(() -> {
            engineCalls.run();
            return null;
        });
    }
}
