package org.budgetflow.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.DepartmentPerformance;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * V34 (warning), the years part: a year ("2021年", "2021-2022年度") in the department's own texts — 主要职责, 预算单位构成,
 * 年度履职目标, 年度主要任务, 变动原因 — that is neither the budget year nor the prior year (nor {@code priorYear.year})
 * is probably left over from an earlier document. One finding per text, naming its stale years. Project indicators
 * are checked by the lint rules (L5).
 */
public final class DepartmentTextsNameCurrentYears implements BudgetRule {
    /** A year followed by 年, or the first and last year of a range followed by 年. */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})(?:\\s*[-－—–~～至到]\\s*((?:19|20)[0-9]{2}))?\\s*年");
    private static final int CONTEXT_CHARS = 12;

    @Override
    public String id() {
        return "V34";
    }

    @Override
    public String title() {
        return "部门文字中的年份须为预算年度或上年";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Budget budget = context.budget();
        Set<Integer> allowed = new TreeSet<>(List.of(budget.year(), budget.year() - 1));
        if (budget.priorYear().year() != null) {
            allowed.add(budget.priorYear().year());
        }
        List<Text> texts = texts(budget);
        for (Text text : texts) {
            check(text, allowed, budget.year(), findings);
        }
    }

    private void check(Text text, Set<Integer> allowed, int budgetYear, Findings findings) {
        if (text.value == null) {
            return;
        }
        Set<String> stale = new LinkedHashSet<>();
        int firstAt = -1;
        int firstEnd = -1;
        Matcher m = YEAR.matcher(text.value);
        while (m.find()) {
            for (int group = 1; group <= 2; group++) {
                String year = m.group(group);
                if (year != null && !allowed.contains(Integer.parseInt(year))) {
                    stale.add(year + "年");
                    if (firstAt < 0) {
                        firstAt = m.start();
                        firstEnd = m.end();
                    }
                }
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        findings.warning(id(), text.location, text.label + "出现" + quoteAll(stale) + "：“" + excerpt(text.value, firstAt,
                firstEnd) + "”；预算年度为 " + budgetYear + "年，上年为 " + (budgetYear - 1) + "年，请核实是否沿用了旧文字");
    }

    private static String quoteAll(Set<String> years) {
        List<String> quoted = new ArrayList<>();
        years.forEach(y -> quoted.add("“" + y + "”"));
        return String.join("、", quoted);
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT_CHARS);
        int to = Math.min(text.length(), end + CONTEXT_CHARS);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static List<Text> texts(Budget budget) {
        List<Text> texts = new ArrayList<>();
        if (budget.department() != null) {
            List<String> duties = budget.department().responsibilities();
            for (int i = 0; i < duties.size(); i++) {
                texts.add(new Text("department.responsibilities[" + i + "]", "主要职责第 " + (i + 1) + " 条",
                        duties.get(i)));
            }
            texts.add(new Text("department.composition", "预算单位构成", budget.department().composition()));
        }
        DepartmentPerformance performance = budget.departmentPerformance();
        texts.add(new Text("departmentPerformance.annualGoal", "年度履职目标", performance.annualGoal()));
        for (int i = 0; i < performance.tasks().size(); i++) {
            DepartmentPerformance.Task task = performance.tasks().get(i);
            String place = "departmentPerformance.tasks[" + i + "]";
            texts.add(new Text(place + ".name", "年度主要任务第 " + (i + 1) + " 项的名称", task.name()));
            texts.add(new Text(place + ".content", "年度主要任务第 " + (i + 1) + " 项的内容", task.content()));
        }
        ChangeReasons reasons = budget.changeReasons();
        texts.add(new Text("changeReasons.total", "收支总计变动原因", reasons.total()));
        texts.add(new Text("changeReasons.generalPublicBudget", "一般公共预算变动原因", reasons.generalPublicBudget()));
        texts.add(new Text("changeReasons.governmentFund", "政府性基金变动原因", reasons.governmentFund()));
        texts.add(new Text("changeReasons.stateCapital", "国有资本经营变动原因", reasons.stateCapital()));
        texts.add(new Text("changeReasons.threePublic", "“三公”经费变动原因", reasons.threePublic()));
        return texts;
    }

    private record Text(String location, String label, String value) {
    }
}
