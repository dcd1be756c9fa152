package org.budgetflow.workflow;

/** Where a department's budget stands in a year's cycle, with the Chinese name users know. */
public enum Stage {
    DRAFTING("部门编制"),
    FINANCE_REVIEW("财政局审核"),
    PERFORMANCE_AUDIT("绩效目标审核"),
    READY_FOR_CONGRESS("待人大审查"),
    CONGRESS_REVIEW("人大审查批准"),
    APPROVED("已批准"),
    PUBLISHED("已公开");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True once the congress has approved the budget: no new version may be submitted. */
    public boolean approved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
