package org.budgetflow.budget;

import java.util.List;

/** The department (部门): 3-digit code, registered name, optional printed name, duties and composition. */
public record Department(String code, String name, String printedName, List<String> responsibilities, String composition) {
    public Department {
        responsibilities = Lists.of(responsibilities);
    }
}
