package org.budgetflow.workflow.store;

import java.time.Instant;
import java.time.LocalDate;

/** A year's budget cycle as recorded in {@code bf_cycle}. */
public record Cycle(int year, LocalDate congressDate, String processInstanceId, String openedBy, Instant openedAt,
        Instant submissionsClosedAt, int congressSessions) {

    public boolean submissionsClosed() {
        return submissionsClosedAt != null;
    }
}
