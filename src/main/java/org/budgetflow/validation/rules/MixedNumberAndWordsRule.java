package org.budgetflow.validation.rules;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.IndicatorValue;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L7: a value that mixes a number with words ("100 合理", "100按时完成", "100 提升") is neither a quantity nor a
 * graded wording and cannot be measured. Dates ("2023年底前") and ranges ("4-6个") are not mixed values.
 */
public final class MixedNumberAndWordsRule extends IndicatorLintRule {
    public static final String ID = "L7";

    public MixedNumberAndWordsRule() {
        this(new IndicatorSheets());
    }

    public MixedNumberAndWordsRule(IndicatorSheets sheets) {
        super(sheets);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "指标值数字与文字混写";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        for (LintedIndicator ind : sheet(context).all()) {
            IndicatorValue v = ind.value();
            if (v.mixesNumberAndWords()) {
                findings.warning(ID, ind.location(), ind.describeWithValue() + " 数字与文字混写（数值 "
                        + v.number().toPlainString() + v.unitText() + "，文字“" + v.words()
                        + "”），应写为可衡量的数值或定性表述");
            }
        }
    }
}
