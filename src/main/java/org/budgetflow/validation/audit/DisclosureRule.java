package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/**
 * One reconciliation invariant (V01–V34 of the domain guide §2.3) checked on a published disclosure. One class per
 * rule; implementations are stateless apart from reference data given at construction.
 */
public interface DisclosureRule {

    /** The guide's rule id, e.g. "V16". */
    String id();

    /** What the rule checks, in Chinese. */
    String title();

    void check(DisclosureDocument document, Findings findings);
}
