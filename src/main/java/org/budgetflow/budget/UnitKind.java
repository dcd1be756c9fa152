package org.budgetflow.budget;

/** The kind of a budget unit; it decides which government economic classes a line may use (guide §3.4). */
public enum UnitKind {
    ADMINISTRATIVE("行政单位"),
    PUBLIC_INSTITUTION("事业单位");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
