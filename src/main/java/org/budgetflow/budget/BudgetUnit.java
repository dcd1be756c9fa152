package org.budgetflow.budget;

/** A budget unit (预算单位) consolidated in the department budget; code = department code + 3 digits. */
public record BudgetUnit(String code, String name, UnitKind kind) {
}
