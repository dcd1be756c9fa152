package org.budgetflow.validation.rules;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.IndicatorValue;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L1: a satisfaction target must be a floor (≥ or "=100%"); "≤98%" caps satisfaction. Applies to the 满意度 indicators
 * of projects and of table 12 and to any indicator whose name is a satisfaction (满意). Dissatisfaction and complaint
 * rates (不满意率, 投诉率) are caps by nature and pass.
 */
public final class SatisfactionUpperBoundRule extends IndicatorLintRule {
    public static final String ID = "L1";

    public SatisfactionUpperBoundRule() {
        this(new IndicatorSheets());
    }

    public SatisfactionUpperBoundRule(IndicatorSheets sheets) {
        super(sheets);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "满意度指标以“≤”“<”设定上限";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        for (LintedIndicator ind : sheet(context).all()) {
            String name = plain(ind.name());
            boolean satisfaction = ind.isSatisfaction() || name.contains("满意");
            if (!satisfaction || name.contains("不满意") || name.contains("投诉")) {
                continue;
            }
            IndicatorValue v = ind.value();
            if (v.hasNumber() && v.comparator().isUpperBound()) {
                findings.warning(ID, ind.location(), ind.describeWithValue() + " 以“" + v.comparator().symbol()
                        + "”设定满意度目标，满意度应设下限（≥）");
            }
        }
    }
}
