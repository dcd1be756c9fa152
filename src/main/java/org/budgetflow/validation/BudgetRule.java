package org.budgetflow.validation;

/**
 * A rule that checks a budget-v1 document. One class per rule; the id is the guide's (§2.4).
 * Implementations are stateless apart from reference data given at construction (e.g. code lists).
 */
public interface BudgetRule {

    /** The rule id, e.g. "B1". */
    String id();

    /** What the rule checks, in Chinese, for reports and documentation. */
    String title();

    void check(BudgetContext context, Findings findings);
}
