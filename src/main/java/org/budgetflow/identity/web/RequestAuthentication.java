package org.budgetflow.identity.web;

/** What a request's credentials amount to. */
sealed interface RequestAuthentication {

    /** A known user, by HTTP Basic or by the Camunda webapps' session. */
    record Authenticated(String userId) implements RequestAuthentication {
    }

    /** No credentials at all. */
    record Anonymous() implements RequestAuthentication {
    }

    /** Credentials that do not hold; answered with this status and Chinese message. */
    record Rejected(int status, String message) implements RequestAuthentication {
    }
}
