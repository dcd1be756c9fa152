package org.budgetflow.validation;

/** How bad a finding is. ERROR: the budget cannot be disclosed correctly. WARNING: a reviewer decides. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
