package org.budgetflow.disclosure.model;

/** One of the 13 disclosure tables. */
public sealed interface DisclosureTable permits Table, BalanceTable, OverallPerformanceTable, ProjectPerformanceTable {
    /** "01" … "13". */
    String id();

    /** The printed title with the budget year ("2023年部门收支预算表"). */
    String title();

    /** The printed table number ("预算01表"). */
    default String number() {
        return "预算" + id() + "表";
    }

    <R> R accept(TableVisitor<R> visitor);
}
