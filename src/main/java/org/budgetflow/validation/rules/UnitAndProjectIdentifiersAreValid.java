package org.budgetflow.validation.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * B5: every unit code used by income, lines, carry-forward and projects is in {@code units}; every unit code starts
 * with the department code; unit codes and project ids are unique. Uses of an unknown unit are aggregated per code.
 */
public final class UnitAndProjectIdentifiersAreValid implements BudgetRule {

    @Override
    public String id() {
        return "B5";
    }

    @Override
    public String title() {
        return "单位代码已登记、以部门代码开头且不重复，项目标识不重复";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Budget budget = context.budget();
        checkUnits(budget, findings);
        checkProjectIds(budget, findings);
        checkUnitUses(context, budget, findings);
    }

    private void checkUnits(Budget budget, Findings findings) {
        String departmentCode = budget.department() == null ? null : budget.department().code();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<BudgetUnit> units = budget.units();
        for (int i = 0; i < units.size(); i++) {
            BudgetUnit unit = units.get(i);
            String code = unit.code();
            Integer earlier = firstIndex.putIfAbsent(code, i);
            if (earlier != null) {
                findings.error(id(), "units[" + i + "].code", "单位代码 " + code + " 重复：units[" + earlier + "]（"
                        + units.get(earlier).name() + "）与 units[" + i + "]（" + unit.name() + "）");
            }
            if (departmentCode != null && code != null && !code.startsWith(departmentCode)) {
                findings.error(id(), "units[" + i + "].code", "单位 " + code + "（" + unit.name() + "）的代码不以部门代码 "
                        + departmentCode + " 开头（单位代码 = 部门代码 + 3 位）");
            }
        }
    }

    private void checkProjectIds(Budget budget, Findings findings) {
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Project> projects = budget.projects();
        for (int i = 0; i < projects.size(); i++) {
            Integer earlier = firstIndex.putIfAbsent(projects.get(i).id(), i);
            if (earlier != null) {
                findings.error(id(), "projects[" + i + "].id", "项目标识“" + projects.get(i).id() + "”重复：projects["
                        + earlier + "]（" + projects.get(earlier).name() + "）与 projects[" + i + "]（"
                        + projects.get(i).name() + "）；支出行无法确定属于哪个项目");
            }
        }
    }

    private void checkUnitUses(BudgetContext context, Budget budget, Findings findings) {
        Map<String, Uses> unknown = new LinkedHashMap<>();
        fundingUses("income", budget.income(), context, unknown);
        List<Line> lines = budget.lines();
        for (int i = 0; i < lines.size(); i++) {
            use(context, unknown, lines.get(i).unitCode(), "lines[" + i + "].unitCode");
        }
        fundingUses("carryForward", budget.carryForward(), context, unknown);
        List<Project> projects = budget.projects();
        for (int i = 0; i < projects.size(); i++) {
            use(context, unknown, projects.get(i).unitCode(), "projects[" + i + "].unitCode");
        }
        unknown.forEach((code, uses) -> findings.error(id(), uses.first,
                "单位代码 " + code + " 未在预算单位清单（units）中登记：" + uses.first
                        + (uses.count == 1 ? "" : " 等共 " + uses.count + " 处") + "使用了它"));
    }

    private static void fundingUses(String list, List<Funding> fundings, BudgetContext context,
                                    Map<String, Uses> unknown) {
        for (int i = 0; i < fundings.size(); i++) {
            use(context, unknown, fundings.get(i).unitCode(), list + "[" + i + "].unitCode");
        }
    }

    private static void use(BudgetContext context, Map<String, Uses> unknown, String code, String place) {
        if (code != null && context.unit(code) == null) {
            Uses uses = unknown.computeIfAbsent(code, k -> new Uses(place));
            uses.count++;
        }
    }

    private static final class Uses {
        final String first;
        int count;

        Uses(String first) {
            this.first = first;
        }
    }
}
