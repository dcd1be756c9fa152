package org.budgetflow.budget;

/** The type of a project (项目类型); must match the category of its lines. */
public enum ProjectType {
    OTHER_OPERATING("其他运转类", ExpenditureCategory.OTHER_OPERATING),
    SPECIFIC_PURPOSE("特定目标类", ExpenditureCategory.SPECIFIC_PURPOSE);

    private final String label;
    private final ExpenditureCategory category;

    ProjectType(String label, ExpenditureCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    public ExpenditureCategory category() {
        return category;
    }
}
