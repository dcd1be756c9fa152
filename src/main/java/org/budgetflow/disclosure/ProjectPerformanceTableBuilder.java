package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.Funds;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.ProjectTargets;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.Target;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.UnitFunds;

/**
 * 预算13表 区级部门预算项目绩效目标表: every project with its funds (from its lines: 政府预算资金 = the three fiscal
 * budgets, 财政专户管理资金, 单位资金 = the rest) and its indicators. Units in the budget's order, each with its
 * projects in declaration order; projects of a unit the budget does not list come last, under their unit code.
 */
final class ProjectPerformanceTableBuilder {
    static final String ID = "13";

    ProjectPerformanceTable build(Context ctx) {
        Map<String, List<Project>> byUnit = new LinkedHashMap<>();
        for (BudgetUnit unit : ctx.budget().units()) {
            byUnit.put(unit.code(), new ArrayList<>());
        }
        for (Project p : ctx.budget().projects()) {
            byUnit.computeIfAbsent(p.unitCode(), k -> new ArrayList<>()).add(p);
        }
        List<UnitFunds> units = new ArrayList<>();
        List<ProjectTargets> projects = new ArrayList<>();
        List<Line> all = new ArrayList<>();
        byUnit.forEach((unitCode, unitProjects) -> {
            if (unitProjects.isEmpty()) {
                return;
            }
            List<Line> unitLines = new ArrayList<>();
            for (Project p : unitProjects) {
                List<Line> own = ctx.lines().stream()
                        .filter(l -> l.category().isProject() && p.id().equals(l.projectId())).toList();
                unitLines.addAll(own);
                projects.add(new ProjectTargets(p.unitCode(), Codes.blankToNull(p.code()), p.name(), funds(own),
                        p.indicators().stream().map(i -> new Target(i.category(), i.name(), i.value())).toList()));
            }
            all.addAll(unitLines);
            units.add(new UnitFunds(unitCode, ctx.unitName(unitCode), funds(unitLines)));
        });
        String remark = projects.isEmpty() ? ctx.emptyRemark(ID) : null;
        return new ProjectPerformanceTable(ID, ctx.title(ID), funds(all), units, projects, remark);
    }

    private static Funds funds(List<Line> lines) {
        return new Funds(
                blank(Money.lines(lines, l -> true)),
                blank(Money.lines(lines, l -> l.fundSource().fiscal())),
                blank(Money.lines(lines, l -> l.fundSource() == FundSource.FISCAL_SPECIAL_ACCOUNT)),
                blank(Money.lines(lines, l -> !l.fundSource().fiscal()
                        && l.fundSource() != FundSource.FISCAL_SPECIAL_ACCOUNT)));
    }

    private static BigDecimal blank(BigDecimal v) {
        return Money.blankIfZero(v);
    }
}
