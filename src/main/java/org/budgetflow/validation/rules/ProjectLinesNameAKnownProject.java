package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.isBlank;
import static org.budgetflow.validation.rules.DocumentRuleSupport.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.rules.DocumentRuleSupport.Tally;

/**
 * B2: a line of a project category (其他运转类 / 特定目标类) must name a project, and that project must be in
 * {@code projects}. Lines are aggregated: one finding per unit and category without a project, one per unknown id.
 */
public final class ProjectLinesNameAKnownProject implements BudgetRule {

    @Override
    public String id() {
        return "B2";
    }

    @Override
    public String title() {
        return "项目支出行须指明 projects 中已列出的项目";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Map<MissingKey, Tally> missing = new LinkedHashMap<>();
        Map<String, Tally> unknown = new LinkedHashMap<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.category() == null || !line.category().isProject()) {
                continue;
            }
            if (isBlank(line.projectId())) {
                missing.computeIfAbsent(new MissingKey(line.unitCode(), line.category()), k -> new Tally())
                        .add(i, line.amount());
            } else if (context.project(line.projectId()) == null) {
                unknown.computeIfAbsent(line.projectId(), k -> new Tally()).add(i, line.amount());
            }
        }
        missing.forEach((key, tally) -> findings.error(id(), BudgetContext.line(tally.first(), "projectId"),
                unit(context, key.unitCode) + "的项目支出（" + key.category.label() + "）支出行未指明项目（projectId）："
                        + tally.describe() + "；表11、表13 无法归集这笔资金"));
        unknown.forEach((projectId, tally) -> findings.error(id(), BudgetContext.line(tally.first(), "projectId"),
                "支出行指明的项目“" + projectId + "”不在项目清单（projects）中：" + tally.describe()));
    }

    private record MissingKey(String unitCode, ExpenditureCategory category) {
    }
}
