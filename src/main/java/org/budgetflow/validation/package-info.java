/**
 * Validation: named rules over a budget (families B, C, L, V of the domain guide §2.4) and over a published
 * disclosure (the audit). Framework-free; every finding names its rule id, the place and the figures.
 */
package org.budgetflow.validation;
