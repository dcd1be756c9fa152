package org.budgetflow.budget;

/** The four expenditure categories: two basic (基本支出) and two project (项目支出) ones. */
public enum ExpenditureCategory {
    PERSONNEL("人员经费", false),
    PUBLIC_OFFICE("公用经费", false),
    OTHER_OPERATING("其他运转类", true),
    SPECIFIC_PURPOSE("特定目标类", true);

    private final String label;
    private final boolean project;

    ExpenditureCategory(String label, boolean project) {
        this.label = label;
        this.project = project;
    }

    public String label() {
        return label;
    }

    public boolean isProject() {
        return project;
    }

    public boolean isBasic() {
        return !project;
    }
}
