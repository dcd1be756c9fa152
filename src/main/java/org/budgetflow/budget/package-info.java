/**
 * The budget model: one department's budget for one year, as declared in the {@code budget-v1} interchange format.
 * Framework-free (no Spring, Camunda or JPA); amounts are {@link java.math.BigDecimal} in 万元.
 */
package org.budgetflow.budget;
