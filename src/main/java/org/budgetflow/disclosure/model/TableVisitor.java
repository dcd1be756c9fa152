package org.budgetflow.disclosure.model;

/** Dispatches on the four table shapes. */
public interface TableVisitor<R> {
    R visit(Table table);

    R visit(BalanceTable table);

    R visit(OverallPerformanceTable table);

    R visit(ProjectPerformanceTable table);
}
