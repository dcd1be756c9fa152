package org.budgetflow.validation.rules;

import java.math.BigDecimal;

import org.budgetflow.budget.Amounts;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheet;
import org.budgetflow.validation.indicator.IndicatorSheet.ProjectIndicator;
import org.budgetflow.validation.indicator.IndicatorSheet.ProjectSheet;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.IndicatorValue;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L4: a cost indicator in money ("总成本 ≤38.51万元") must not exceed the project's money (资金总额 = Σ of its lines).
 * Values in 元 or 亿元 are converted to 万元; "万" alone counts as 万元. Per-unit amounts ("≤2400元/人/月") are not
 * totals and pass. Projects without lines are left to the budget rules.
 */
public final class CostCapAboveProjectAmountRule extends IndicatorLintRule {
    public static final String ID = "L4";
    private static final String WAN_YUAN = "万元";

    public CostCapAboveProjectAmountRule() {
        this(new IndicatorSheets());
    }

    public CostCapAboveProjectAmountRule(IndicatorSheets sheets) {
        super(sheets);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "成本指标金额高于项目资金总额";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        IndicatorSheet sheet = sheet(context);
        for (ProjectSheet project : sheet.projects()) {
            BigDecimal amount = project.amount();
            if (amount == null || amount.signum() <= 0) {
                continue;
            }
            for (ProjectIndicator ind : project.indicators()) {
                if (ind.level() != LintedIndicator.Level.COST) {
                    continue;
                }
                IndicatorValue v = ind.value();
                BigDecimal wan = v.wanYuan(true);
                if (wan == null || wan.compareTo(amount) <= 0) {
                    continue;
                }
                String converted = WAN_YUAN.equals(v.unitText()) ? "" : "（折合 " + print(wan, amount) + "万元）";
                findings.warning(ID, ind.location(), ind.describeWithValue() + converted
                        + " 高于项目资金总额 " + Amounts.format(amount) + "万元");
            }
        }
    }

    /** Two decimals, or more when two decimals would print the cap equal to the amount. */
    private static String print(BigDecimal wan, BigDecimal amount) {
        String two = Amounts.format(wan);
        return two.equals(Amounts.format(amount)) ? wan.stripTrailingZeros().toPlainString() : two;
    }
}
