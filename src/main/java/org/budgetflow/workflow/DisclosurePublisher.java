package org.budgetflow.workflow;

import java.time.Instant;

import org.budgetflow.budget.Budget;

/**
 * Publishes a department's approved budget (公开, 预算法 §14), called by the asynchronous service task
 * {@code publishDisclosure} of the department process. Implementations must be idempotent: the engine retries the
 * task after a failure, and a retry after a success that was not committed calls it again for the same version.
 * Throwing makes the engine retry ({@code R3/PT1M}) and then raise an incident.
 */
public interface DisclosurePublisher {

    /**
     * Publishes the frozen version {@code version} of the department's budget for {@code year}, or confirms that it
     * was published before. {@code correctionReason} is {@code null} for the first publication and the public reason
     * of a corrected re-publication (更正), which supersedes the earlier versions without removing them.
     */
    Publication publish(int year, String departmentCode, int version, Budget budget, String correctionReason);

    /** The first publication of the department's approved budget. */
    default Publication publish(int year, String departmentCode, int version, Budget budget) {
        return publish(year, departmentCode, version, budget, null);
    }

    /** The record of a publication: which version, when, and the SHA-256 of the published budget document. */
    record Publication(int year, String departmentCode, int version, Instant publishedAt, String checksum) {
    }
}
