package org.budgetflow.workflow.store;

import java.time.Instant;

/**
 * One submitted version of a department's budget.
 *
 * @param id       the row id (findings refer to it)
 * @param document the budget-v1 JSON document as submitted
 * @param sha256   hex SHA-256 of the document's UTF-8 bytes
 * @param frozen   true from 批复 on: this version is the approved budget
 */
public record BudgetVersion(long id, int year, String departmentCode, int version, String document, String sha256,
        String submittedBy, Instant submittedAt, boolean frozen) {
}
