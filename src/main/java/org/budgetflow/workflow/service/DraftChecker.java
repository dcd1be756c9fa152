package org.budgetflow.workflow.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.validation.BudgetValidator;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.StandardRules;
import org.budgetflow.validation.ValidationReport;
import org.springframework.stereotype.Component;

/** Validates a submitted budget: the standard rules (B, C, L, V) and the cycle's 控制数 (B9). */
@Component
public class DraftChecker {
    private final BudgetValidator validator;

    public DraftChecker() {
        this(StandardRules.validator());
    }

    public DraftChecker(BudgetValidator validator) {
        this.validator = validator;
    }

    /** The findings in report order; any ERROR blocks the submission. */
    public List<Finding> check(Budget budget, BigDecimal ceiling) {
        List<Finding> findings = new ArrayList<>(validator.validate(budget).findings());
        CeilingCheck.check(budget, ceiling).ifPresent(findings::add);
        return new ValidationReport(findings).findings();
    }
}
