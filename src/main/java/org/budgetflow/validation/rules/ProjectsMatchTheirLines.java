package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.rules.DocumentRuleSupport.Tally;

/**
 * B3: a project's type must be the category of its lines (表11 类型 and 表03 其他运转类/特定目标类 would disagree), and its
 * lines must belong to the project's unit (表11/表13 would list the project under the wrong unit). One finding per
 * project and differing category, and per project and differing unit.
 */
public final class ProjectsMatchTheirLines implements BudgetRule {

    @Override
    public String id() {
        return "B3";
    }

    @Override
    public String title() {
        return "项目类型与其支出行类别一致，项目支出行属于项目所在单位";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Map<CategoryKey, Tally> wrongCategory = new LinkedHashMap<>();
        Map<UnitKey, Tally> wrongUnit = new LinkedHashMap<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.category() == null || !line.category().isProject()) {
                continue;
            }
            Project project = context.project(line.projectId());
            if (project == null) {
                continue;
            }
            if (project.type() != null && project.type().category() != line.category()) {
                wrongCategory.computeIfAbsent(new CategoryKey(project.id(), line.category()), k -> new Tally())
                        .add(i, line.amount());
            }
            if (project.unitCode() != null && !Objects.equals(project.unitCode(), line.unitCode())) {
                wrongUnit.computeIfAbsent(new UnitKey(project.id(), line.unitCode()), k -> new Tally())
                        .add(i, line.amount());
            }
        }
        wrongCategory.forEach((key, tally) -> {
            Project p = context.project(key.projectId);
            findings.error(id(), BudgetContext.project(context.projectIndex(key.projectId)) + ".type",
                    name(p) + "的类型为" + p.type().label() + "，但其支出行为" + key.category.label() + "："
                            + tally.describe() + "；表11 的项目类型与表03 的项目支出分类将不一致");
        });
        wrongUnit.forEach((key, tally) -> {
            Project p = context.project(key.projectId);
            findings.error(id(), BudgetContext.project(context.projectIndex(key.projectId)) + ".unitCode",
                    name(p) + "属于" + unit(context, p.unitCode()) + "，但其支出行属于" + unit(context, key.unitCode)
                            + "：" + tally.describe());
        });
    }

    private static String name(Project p) {
        return "项目“" + (p.name() == null ? p.id() : p.name()) + "”";
    }

    private record CategoryKey(String projectId, ExpenditureCategory category) {
    }

    private record UnitKey(String projectId, String unitCode) {
    }
}
