package org.budgetflow.budget;

import java.util.List;

/** A project expenditure (项目支出) with its performance targets (table 13). */
public record Project(String id, String code, String name, String unitCode, ProjectType type, boolean keyProject,
                      List<Indicator> indicators) {
    public Project {
        indicators = Lists.of(indicators);
    }
}
