package org.budgetflow.validation.rules;

import java.math.BigDecimal;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.Dimension;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheet.OverallRow;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.IndicatorValue;

/**
 * L8: table 12's budget-management rates are actual ÷ budget. A "三公经费"控制率 target above 100% allows overspending,
 * and a cap far below 100% ("≤8%": spend at most 8% of the 三公 budget) is not a meaningful target; 政府采购执行率 and
 * 预算执行率 cannot exceed 100%.
 */
public final class OverallRateTargetRule extends IndicatorLintRule {
    public static final String ID = "L8";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Caps of the 三公 control rate below this percentage are reported. */
    public static final BigDecimal DEFAULT_LOWEST_MEANINGFUL_CAP = new BigDecimal("90");

    private final BigDecimal lowestMeaningfulCap;

    public OverallRateTargetRule() {
        this(new IndicatorSheets());
    }

    public OverallRateTargetRule(IndicatorSheets sheets) {
        this(sheets, DEFAULT_LOWEST_MEANINGFUL_CAP);
    }

    public OverallRateTargetRule(IndicatorSheets sheets, BigDecimal lowestMeaningfulCap) {
        super(sheets);
        this.lowestMeaningfulCap = lowestMeaningfulCap;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "整体绩效目标“三公经费”控制率、执行率目标不合理";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        for (OverallRow row : sheet(context).overall()) {
            IndicatorValue v = row.value();
            if (!v.hasNumber() || v.kind() != IndicatorValue.Kind.NUMBER
                    || v.dimension() != null && v.dimension() != Dimension.PERCENT) {
                continue;
            }
            String name = plain(row.name());
            boolean threePublic = name.contains("三公") && name.contains("控制率");
            boolean execution = name.contains("政府采购执行率") || name.contains("预算执行率");
            if (!threePublic && !execution) {
                continue;
            }
            BigDecimal n = v.number();
            if (n.compareTo(HUNDRED) > 0) {
                findings.warning(ID, row.location(), row.describeWithValue() + " 目标超过100%：该比率为实际数/预算数，"
                        + "不应高于100%");
            } else if (threePublic && v.comparator().isUpperBound() && n.compareTo(lowestMeaningfulCap) < 0) {
                findings.warning(ID, row.location(), row.describeWithValue() + " 远低于100%：控制率=实际支出数/预算数，"
                        + "以“" + v.comparator().symbol() + n.toPlainString() + "%”为上限不是有意义的目标");
            }
        }
    }
}
