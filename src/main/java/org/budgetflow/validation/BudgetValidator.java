package org.budgetflow.validation;

import java.util.List;

import org.budgetflow.budget.Budget;

/** Runs a set of rules over a budget; the indexes the rules share are built once per run. */
public final class BudgetValidator {
    private final List<BudgetRule> rules;

    public BudgetValidator(List<BudgetRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<BudgetRule> rules() {
        return rules;
    }

    public ValidationReport validate(Budget budget) {
        BudgetContext context = new BudgetContext(budget);
        Findings findings = new Findings();
        for (BudgetRule rule : rules) {
            rule.check(context, findings);
        }
        return new ValidationReport(findings.toList());
    }
}
