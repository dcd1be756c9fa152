/**
 * Audit of a published disclosure ({@code budgetflow/disclosure-v1} JSON) against the reconciliation invariants
 * V01–V34 of the domain guide §2.3, from the printed tables and narrative alone (no budget).
 *
 * <p>Entry points: {@link org.budgetflow.validation.audit.DisclosureJsonReader#read(java.io.InputStream)} →
 * {@link org.budgetflow.validation.audit.DisclosureDocument} →
 * {@link org.budgetflow.validation.audit.DisclosureAuditor#standard()}{@code .audit(document)} →
 * {@link org.budgetflow.validation.ValidationReport}. Framework-free (Jackson only).
 */
@org.springframework.modulith.NamedInterface("audit")
package org.budgetflow.validation.audit;
