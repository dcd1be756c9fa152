package org.budgetflow.identity;

/**
 * Thrown when a request needs an authenticated user and has none. Answered with HTTP 401, the JSON body
 * {@code {"error": "需要登录"}} and a {@code WWW-Authenticate: Basic realm="BudgetFlow"} challenge.
 */
public class AuthenticationRequiredException extends RuntimeException {

    public AuthenticationRequiredException() {
        super("Authentication required");
    }
}
