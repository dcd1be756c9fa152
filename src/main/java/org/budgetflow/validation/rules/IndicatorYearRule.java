package org.budgetflow.validation.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheet;
import org.budgetflow.validation.indicator.IndicatorSheet.ProjectIndicator;
import org.budgetflow.validation.indicator.IndicatorSheet.ProjectSheet;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.LintedIndicator;
import org.budgetflow.validation.indicator.YearTokens;

/**
 * L5: years in indicator names and values must be the budget year ("聘用时间 2022年1月-2022年12月" in a 2023 budget is
 * last year's target copied), unless the project's name carries that year (a fund year: "西工区2022年老旧小区改造提质
 * 工程"). A period that starts in the budget year and ends later ("2023-2025年") passes. Applies to table 12 too.
 */
public final class IndicatorYearRule extends IndicatorLintRule {
    public static final String ID = "L5";

    public IndicatorYearRule() {
        this(new IndicatorSheets());
    }

    public IndicatorYearRule(IndicatorSheets sheets) {
        super(sheets);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "绩效指标含非预算年度的年份";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        IndicatorSheet sheet = sheet(context);
        int year = sheet.year();
        for (ProjectSheet project : sheet.projects()) {
            Set<Integer> fundYears = null;
            for (ProjectIndicator ind : project.indicators()) {
                if (fundYears == null) {
                    fundYears = Set.copyOf(YearTokens.findLoose(project.project().name()));
                }
                report(ind, year, fundYears, findings);
            }
        }
        for (LintedIndicator row : sheet.overall()) {
            report(row, year, Set.of(), findings);
        }
    }

    private static void report(LintedIndicator ind, int year, Set<Integer> allowed, Findings findings) {
        List<Integer> nameYears = YearTokens.find(ind.name());
        List<Integer> valueYears = ind.value().years();
        if (nameYears.isEmpty() && valueYears.isEmpty()) {
            return;
        }
        Set<Integer> other = new TreeSet<>();
        other.addAll(stale(nameYears, year, allowed));
        other.addAll(stale(valueYears, year, allowed));
        if (!other.isEmpty()) {
            String years = other.stream().map(String::valueOf).collect(Collectors.joining("、"));
            findings.warning(ID, ind.location(), ind.describeWithValue() + " 含非预算年度的年份 " + years
                    + "（预算年度 " + year + "）");
        }
    }

    /** The years of one text that are neither the budget year, nor allowed, nor the end of a period from the budget year. */
    private static Set<Integer> stale(List<Integer> years, int year, Set<Integer> allowed) {
        boolean fromBudgetYear = years.contains(year);
        Set<Integer> out = new TreeSet<>();
        for (int y : years) {
            if (y == year || allowed.contains(y) || fromBudgetYear && y > year) {
                continue;
            }
            out.add(y);
        }
        return out;
    }
}
