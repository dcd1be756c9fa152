/**
 * The disclosure (部门预算公开) computed from a budget: {@link org.budgetflow.disclosure.DisclosureGenerator} builds
 * the format-neutral model of {@code org.budgetflow.disclosure.model} (13 tables and the narrative's key figures)
 * from a {@link org.budgetflow.budget.Budget} alone; {@link org.budgetflow.disclosure.DisclosureJsonWriter} writes it
 * as disclosure-v1 JSON. Template wording and the 功能类 labels are resource data ({@code /disclosure/}).
 * Framework-free (Jackson only for the JSON writer).
 */
package org.budgetflow.disclosure;
