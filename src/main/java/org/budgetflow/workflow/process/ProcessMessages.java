package org.budgetflow.workflow.process;

/** The messages between the cycle process and the department processes. */
public final class ProcessMessages {
    /** A department's budget passed the performance audit (department → cycle). */
    public static final String DEPARTMENT_READY = "departmentReady";
    /** The finance bureau closed submissions: the congress reviews the departments that are ready (API → cycle). */
    public static final String SUBMISSIONS_CLOSED = "submissionsClosed";
    /** The congress's decision on a department: variable {@code congressDecision} approve|return (cycle → department). */
    public static final String CONGRESS_DECISION = "congressDecision";

    private ProcessMessages() {
    }
}
