package org.budgetflow.disclosure.model;

/** The direction of a change against last year, as the narrative words it. */
public enum Direction {
    INCREASE("增加"),
    DECREASE("减少"),
    UNCHANGED("保持一致");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
