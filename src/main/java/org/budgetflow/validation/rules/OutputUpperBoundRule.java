package org.budgetflow.validation.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.Dimension;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.IndicatorValue;
import org.budgetflow.validation.indicator.LintReferenceData;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L3: an output (产出) quantity or rate written as a cap ("老旧小区改造数量 ≤135个", "整改率 ≤90%") is suspicious: the
 * target of an output is what will at least be delivered. Indicators that are caps by nature (成本, 时间, 投诉, 事故 …,
 * the list {@link LintReferenceData#capTerms()}) pass. Applies to project output indicators and table-12 产出指标.
 */
public final class OutputUpperBoundRule extends IndicatorLintRule {
    public static final String ID = "L3";
    /** Names of counts when the value has no unit ("数量指标 ≤10"). */
    private static final Pattern COUNT_NAME = Pattern.compile("数量|人数|次数|个数|户数|家数|场次|件数|批次");
    /** 二级指标 under which caps are normal (old templates put 成本 and 时效 under 产出). */
    private static final Pattern CAP_LEVEL2 = Pattern.compile("成本|时效");

    private final List<String> capTerms;

    public OutputUpperBoundRule(LintReferenceData data) {
        this(new IndicatorSheets(), data);
    }

    public OutputUpperBoundRule(IndicatorSheets sheets, LintReferenceData data) {
        super(sheets);
        this.capTerms = data.capTerms();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "产出数量或比率指标以“≤”“<”设定上限";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        for (LintedIndicator ind : sheet(context).all()) {
            if (ind.level() != LintedIndicator.Level.OUTPUT) {
                continue;
            }
            IndicatorValue v = ind.value();
            if (v.kind() != IndicatorValue.Kind.NUMBER || !v.comparator().isUpperBound()) {
                continue;
            }
            String name = plain(ind.name());
            if (ind.level2() != null && CAP_LEVEL2.matcher(ind.level2()).find() || isCapByNature(name)) {
                continue;
            }
            String what = kindOf(name, v);
            if (what != null) {
                findings.warning(ID, ind.location(), ind.describeWithValue() + " 以“" + v.comparator().symbol()
                        + "”设定产出" + what + "目标，产出目标应设下限（≥）或写明计划数");
            }
        }
    }

    private boolean isCapByNature(String name) {
        for (String term : capTerms) {
            if (name.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** "数量" for counts, "比率" for percentages, null for anything else (money, time, area …). */
    private static String kindOf(String name, IndicatorValue v) {
        Dimension d = v.dimension();
        if (d == Dimension.COUNT || d == Dimension.PERSONS) {
            return "数量";
        }
        if (d == Dimension.PERCENT) {
            return "比率";
        }
        if (d == null && COUNT_NAME.matcher(name).find()) {
            return "数量";
        }
        return null;
    }
}
