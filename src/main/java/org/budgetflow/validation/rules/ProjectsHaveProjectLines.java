package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.isBlank;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.rules.DocumentRuleSupport.Tally;

/**
 * B6 (warnings): a basic line (人员经费/公用经费) that names a project — 表11 lists only project lines, so the link is
 * ignored — and a project that no project line names — 表13 would list it with 0.00. Basic lines are aggregated per
 * named project.
 */
public final class ProjectsHaveProjectLines implements BudgetRule {

    @Override
    public String id() {
        return "B6";
    }

    @Override
    public String title() {
        return "基本支出行不应挂项目，项目应有项目支出行";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Map<String, Tally> basicWithProject = new LinkedHashMap<>();
        Set<String> spentProjects = new HashSet<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (isBlank(line.projectId()) || line.category() == null) {
                continue;
            }
            if (line.category().isProject()) {
                spentProjects.add(line.projectId());
            } else {
                basicWithProject.computeIfAbsent(line.projectId(), k -> new Tally()).add(i, line.amount());
            }
        }
        basicWithProject.forEach((projectId, tally) -> {
            Line first = lines.get(tally.first());
            findings.warning(id(), BudgetContext.line(tally.first(), "projectId"),
                    "基本支出（" + first.category().label() + "）支出行指明了项目“" + projectName(context, projectId)
                            + "”：" + tally.describe() + "；表11 只列项目支出，这笔钱不会计入该项目");
        });
        List<Project> projects = context.budget().projects();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            if (seen.add(p.id()) && !spentProjects.contains(p.id())) {
                findings.warning(id(), BudgetContext.project(i), "项目“" + (p.name() == null ? p.id() : p.name())
                        + "”没有项目支出行；表13 将列示一个金额为 0.00 的项目");
            }
        }
    }

    private static String projectName(BudgetContext context, String projectId) {
        Project p = context.project(projectId);
        return p == null || p.name() == null ? projectId : p.name();
    }
}
