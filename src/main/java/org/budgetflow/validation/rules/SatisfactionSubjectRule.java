package org.budgetflow.validation.rules;

import java.util.regex.Pattern;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L2: a 满意度 indicator must measure the satisfaction of someone (服务对象满意度). Reports 满意度 indicators whose name
 * does not speak of satisfaction ("党员、党支部、单位职工", "完成度"), that measure something else after the word
 * ("群众满意真实性"), or that name no one ("满意度").
 */
public final class SatisfactionSubjectRule extends IndicatorLintRule {
    public static final String ID = "L2";
    private static final String SATISFIED = "满意";
    /** Words that may follow 满意 in the name of a satisfaction measure. */
    private static final Pattern MEASURE_TAIL = Pattern.compile("^(度|率|程度|指数|情况|水平|测评|调查|评价|指标|达到|达)*");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");

    public SatisfactionSubjectRule() {
        this(new IndicatorSheets());
    }

    public SatisfactionSubjectRule(IndicatorSheets sheets) {
        super(sheets);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "满意度指标未衡量服务对象的满意程度";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        for (LintedIndicator ind : sheet(context).all()) {
            if (!ind.isSatisfaction()) {
                continue;
            }
            String name = plain(ind.name());
            if (name.isEmpty()) {
                continue; // a blank name is a completeness finding (L9)
            }
            String value = ind.value().text().strip();
            int at = name.lastIndexOf(SATISFIED);
            if (at < 0) {
                findings.warning(ID, ind.location(), ind.describe() + "未体现满意度（指标值 " + value + "）");
                continue;
            }
            String tail = hanOnly(MEASURE_TAIL.matcher(name.substring(at + SATISFIED.length())).replaceFirst(""));
            if (!tail.isEmpty()) {
                findings.warning(ID, ind.location(), ind.describe() + value + " 衡量的是“" + tail
                        + "”，不是服务对象的满意程度");
                continue;
            }
            String subject = hanOnly(name.substring(0, at));
            if (subject.isEmpty()) {
                findings.warning(ID, ind.location(), ind.describe() + value + " 未写明服务对象（谁的满意度）");
            }
        }
    }

    private static String hanOnly(String s) {
        return NOT_HAN.matcher(s).replaceAll("");
    }
}
