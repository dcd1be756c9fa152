/**
 * The budget-v1 interchange format: reader (schema-checked, field errors in Chinese), writer, and the document's
 * wire form. A named interface of the budget module: the command line and the web layer read budgets through it.
 */
@org.springframework.modulith.NamedInterface("interchange")
package org.budgetflow.budget.interchange;
