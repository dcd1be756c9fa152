package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.money;
import static org.budgetflow.validation.rules.DocumentRuleSupport.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.rules.DocumentRuleSupport.Tally;

/**
 * B8: 单位资金 (UNIT_FUNDS) exists only as carried-over money (表02 上年结转结余 单位资金), so income, carry-forward or lines
 * of UNIT_FUNDS that are not carried over are errors; {@code appropriation: false} means something only for
 * 一般公共预算 (其中：财政拨款), elsewhere it is a warning. Lines are aggregated per unit and source.
 */
public final class FundSourceFlagsAreConsistent implements BudgetRule {

    @Override
    public String id() {
        return "B8";
    }

    @Override
    public String title() {
        return "单位资金只用于上年结转；“非财政拨款”标记只用于一般公共预算";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        checkFundings("income", "收入", context.budget().income(), context, findings);
        checkFundings("carryForward", "年终结转结余", context.budget().carryForward(), context, findings);
        Map<String, Tally> unitFunds = new LinkedHashMap<>();
        Map<Key, Tally> appropriation = new LinkedHashMap<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.fundSource() == FundSource.UNIT_FUNDS && !line.carryOver()) {
                unitFunds.computeIfAbsent(line.unitCode(), k -> new Tally()).add(i, line.amount());
            }
            if (!line.appropriation() && line.fundSource() != FundSource.GENERAL_PUBLIC_BUDGET) {
                appropriation.computeIfAbsent(new Key(line.unitCode(), line.fundSource()), k -> new Tally())
                        .add(i, line.amount());
            }
        }
        unitFunds.forEach((unitCode, tally) -> findings.error(id(), BudgetContext.line(tally.first(), "carryOver"),
                unit(context, unitCode) + "的支出行使用单位资金却未标为上年结转：" + tally.describe()
                        + "；单位资金只能是上年结转结余"));
        appropriation.forEach((key, tally) -> findings.warning(id(),
                BudgetContext.line(tally.first(), "appropriation"),
                unit(context, key.unitCode) + "的" + label(key.source) + "支出行标为“非财政拨款”（appropriation: false）："
                        + tally.describe() + "；该标记只用于一般公共预算中不属于财政拨款的资金，请核实"));
    }

    private void checkFundings(String list, String what, List<Funding> fundings, BudgetContext context,
                               Findings findings) {
        for (int i = 0; i < fundings.size(); i++) {
            Funding f = fundings.get(i);
            if (f.fundSource() == FundSource.UNIT_FUNDS && !f.carryOver()) {
                findings.error(id(), list + "[" + i + "].carryOver", unit(context, f.unitCode()) + "的单位资金" + what
                        + " " + money(f.amount()) + " 未标为上年结转；单位资金只能是上年结转结余");
            }
            if (!f.appropriation() && f.fundSource() != FundSource.GENERAL_PUBLIC_BUDGET) {
                findings.warning(id(), list + "[" + i + "].appropriation", unit(context, f.unitCode())
                        + "的" + label(f.fundSource()) + what + " " + money(f.amount())
                        + " 标为“非财政拨款”（appropriation: false）；该标记只用于一般公共预算中不属于财政拨款的资金，请核实");
            }
        }
    }

    private static String label(FundSource source) {
        return source == null ? "未指明来源的" : source.label();
    }

    private record Key(String unitCode, FundSource source) {
    }
}
