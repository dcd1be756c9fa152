package org.budgetflow.workflow.api;

import java.time.Instant;

import org.budgetflow.workflow.store.Decision;

/** An entry of the audit trail as the API shows it. */
public record ApiDecision(String step, String stepLabel, String decision, String decisionLabel, String comment,
        Integer version, String by, Instant at) {

    static ApiDecision of(Decision decision) {
        return decision == null ? null : new ApiDecision(decision.step().name(), decision.step().label(),
                decision.decision(), decision.decisionLabel(), decision.comment(), decision.budgetVersion(),
                decision.decidedBy(), decision.decidedAt());
    }
}
