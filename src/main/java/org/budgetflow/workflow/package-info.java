/**
 * The budget cycle on the Camunda engine (issue 4): the BPMN processes {@code budgetCycle} (business key
 * {@code {year}}) and {@code departmentBudget} (business key {@code {year}-{dept}}) from the top-level {@code bpmn/}
 * folder, their Camunda Forms from {@code forms/}, the delegates and task listeners ({@code process}), the
 * application's own records in tables {@code bf_*} ({@code store}), the use cases ({@code service}) and the JSON API
 * under {@code /api} ({@code api}).
 * <p>
 * The module's API for the others: {@link org.budgetflow.workflow.Stage} and
 * {@link org.budgetflow.workflow.DisclosurePublisher}, the seam where the disclosure generator is plugged in.
 */
package org.budgetflow.workflow;
