package org.budgetflow.book;

/**
 * The district at a glance: how many departments and projects, the sum of every department's 预算情况 (万元), and how
 * many ERROR and WARNING findings the validator reported over all departments.
 */
public record DistrictSummary(int departments, int projects, BudgetFigures totals, long errors, long warnings) {
}
