package org.budgetflow.budget;

/** 一级指标 of a project performance target. */
public enum IndicatorCategory {
    COST("成本"),
    OUTPUT("产出"),
    BENEFIT("效益"),
    SATISFACTION("满意度");

    private final String label;

    IndicatorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
