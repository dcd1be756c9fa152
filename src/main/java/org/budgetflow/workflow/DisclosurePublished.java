package org.budgetflow.workflow;

/**
 * Event: a version of a department's budget was published (公开), the first publication or a correction. Published in
 * the transaction of the publication; listeners that serve the public should react after commit.
 */
public record DisclosurePublished(int year, String departmentCode, int version) {
}
