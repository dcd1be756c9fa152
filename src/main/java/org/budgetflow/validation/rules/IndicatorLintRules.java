package org.budgetflow.validation.rules;

import java.util.List;

import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.LintReferenceData;

/** The performance-target lint L1–L10 (guide §4.4), sharing one parse of the indicators per validation run. */
public final class IndicatorLintRules {

    private IndicatorLintRules() {
    }

    /** L1–L10 with the shipped word lists. */
    public static List<BudgetRule> create() {
        return create(LintReferenceData.load());
    }

    /** L1–L10 with the given word lists. */
    public static List<BudgetRule> create(LintReferenceData data) {
        IndicatorSheets sheets = new IndicatorSheets();
        return List.of(
                new SatisfactionUpperBoundRule(sheets),
                new SatisfactionSubjectRule(sheets),
                new OutputUpperBoundRule(sheets, data),
                new CostCapAboveProjectAmountRule(sheets),
                new IndicatorYearRule(sheets),
                new IndicatorUnitRule(sheets),
                new MixedNumberAndWordsRule(sheets),
                new OverallRateTargetRule(sheets),
                new IndicatorCompletenessRule(sheets, data),
                new IndicatorTypoRule(sheets, data));
    }
}
