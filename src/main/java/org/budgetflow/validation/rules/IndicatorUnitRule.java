package org.budgetflow.validation.rules;

import java.util.Set;
import java.util.regex.Pattern;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.Dimension;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.IndicatorValue;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L6: the unit of a value must fit what the indicator measures: a time (时间/时限/及时) is not a percentage; a cost is
 * an amount of money; a population or head count is not money; a number of kinds (种类) is not counted in 台 or 部;
 * a rate (…率) is not counted in 次, 人 or 元.
 */
public final class IndicatorUnitRule extends IndicatorLintRule {
    public static final String ID = "L6";
    /** A time indicator names the time last: "发放报纸、报刊时间", "故障维护及时" (not "按照时间节点完成"). */
    private static final Pattern TIME_NAME = Pattern.compile("(?:时间|时限|期限|时长|及时)$");
    private static final Pattern PEOPLE_NAME = Pattern.compile("人口|人数|人次|户数|名额|学生数|人员数");
    private static final Pattern MONEY_NAME = Pattern.compile("金|费|资|款|成本|额|价|补|薪|工资|收入|支出");
    private static final Pattern KINDS_NAME = Pattern.compile("种类|类别|品类|种数|类型");
    private static final Set<String> ITEM_UNITS = Set.of("台", "部", "辆", "件", "套", "张", "把", "本", "册", "份", "只",
            "块", "人", "名", "次", "台套");
    private static final Set<String> NO_COST = Set.of("无", "零", "0");

    public IndicatorUnitRule() {
        this(new IndicatorSheets());
    }

    public IndicatorUnitRule(IndicatorSheets sheets) {
        super(sheets);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "指标值的单位与指标类型不符";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        for (LintedIndicator ind : sheet(context).all()) {
            String problem = problem(ind);
            if (problem != null) {
                findings.warning(ID, ind.location(), ind.describeWithValue() + " " + problem);
            }
        }
    }

    private static String problem(LintedIndicator ind) {
        IndicatorValue v = ind.value();
        if (v.isEmpty()) {
            return null;
        }
        String name = plain(ind.name());
        if (ind.level() == LintedIndicator.Level.COST) {
            return costProblem(v);
        }
        if (v.isPercent() && TIME_NAME.matcher(trimEnd(name)).find()) {
            return "是时间指标，却以百分比表示";
        }
        if (v.isMoney(false) && PEOPLE_NAME.matcher(name).find() && !MONEY_NAME.matcher(name).find()) {
            return "是人口或人数指标，却以金额单位“" + v.unitText() + "”表示";
        }
        if (v.unit() != null && KINDS_NAME.matcher(name).find()
                && (ITEM_UNITS.contains(v.unit().base()) || v.isMoney(false))) {
            return "是种类数，却以“" + v.unitText() + "”计量";
        }
        String bare = trimEnd(name);
        if (v.unit() != null && bare.endsWith("率") && !bare.endsWith("频率") && isAbsolute(v.dimension())) {
            return "是比率指标，却以“" + v.unitText() + "”计量";
        }
        return null;
    }

    private static String costProblem(IndicatorValue v) {
        if (v.isMoney(true)) {
            return null;
        }
        String text = v.text().strip();
        if (NO_COST.contains(text)) {
            return null; // a declared absence of (social, ecological) cost
        }
        if (v.isPercent()) {
            return "成本指标以百分比表示，应为金额";
        }
        if (v.hasNumber() && v.unit() == null) {
            return "成本指标未写金额单位";
        }
        if (v.unit() != null) {
            return "成本指标以“" + v.unitText() + "”计量，应为金额";
        }
        return "成本指标不是金额，应写明金额及单位";
    }

    /** The name without trailing punctuation and brackets ("完成时间（天）" stays; "完成时间。" → "完成时间"). */
    private static String trimEnd(String name) {
        int end = name.length();
        while (end > 0 && !Character.isLetterOrDigit(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static boolean isAbsolute(Dimension d) {
        return d == Dimension.MONEY || d == Dimension.COUNT || d == Dimension.PERSONS || d == Dimension.DURATION;
    }
}
