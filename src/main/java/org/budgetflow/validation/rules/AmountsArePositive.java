package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.money;
import static org.budgetflow.validation.rules.DocumentRuleSupport.unit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.budget.Procurement;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.rules.DocumentRuleSupport.Tally;

/**
 * B4: every line amount is greater than zero (a missing amount counts as zero); income, carry-forward, procurement,
 * special transfer payments and prior-year figures are not negative. Lines are aggregated per unit; the reader already
 * rejects amounts that are not two-decimal strings.
 */
public final class AmountsArePositive implements BudgetRule {

    @Override
    public String id() {
        return "B4";
    }

    @Override
    public String title() {
        return "支出行金额须大于 0，收入、结转、采购、转移支付和上年数不得为负";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Budget budget = context.budget();
        checkLines(context, findings);
        checkFundings("income", "收入", budget.income(), context, findings);
        checkFundings("carryForward", "年终结转结余", budget.carryForward(), context, findings);
        Procurement procurement = budget.procurement();
        notNegative("procurement.goods", "政府采购预算 货物", procurement.goods(), findings);
        notNegative("procurement.works", "政府采购预算 工程", procurement.works(), findings);
        notNegative("procurement.services", "政府采购预算 服务", procurement.services(), findings);
        for (int i = 0; i < budget.specialTransferPayments().size(); i++) {
            var payment = budget.specialTransferPayments().get(i);
            notNegative("specialTransferPayments[" + i + "].amount", "专项转移支付“" + payment.name() + "”",
                    payment.amount(), findings);
        }
        PriorYear prior = budget.priorYear();
        notNegative("priorYear.total", "上年收支总计", prior.total(), findings);
        notNegative("priorYear.generalPublicBudget", "上年一般公共预算", prior.generalPublicBudget(), findings);
        notNegative("priorYear.governmentFund", "上年政府性基金", prior.governmentFund(), findings);
        notNegative("priorYear.stateCapital", "上年国有资本经营", prior.stateCapital(), findings);
        if (prior.threePublic() != null) {
            PriorYear.ThreePublic t = prior.threePublic();
            notNegative("priorYear.threePublic.abroad", "上年因公出国（境）费", t.abroad(), findings);
            notNegative("priorYear.threePublic.reception", "上年公务接待费", t.reception(), findings);
            notNegative("priorYear.threePublic.vehiclePurchase", "上年公务用车购置费", t.vehiclePurchase(), findings);
            notNegative("priorYear.threePublic.vehicleOperation", "上年公务用车运行费", t.vehicleOperation(), findings);
        }
    }

    private void checkLines(BudgetContext context, Findings findings) {
        Map<String, Tally> byUnit = new LinkedHashMap<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal amount = lines.get(i).amount();
            if (amount == null || amount.signum() <= 0) {
                byUnit.computeIfAbsent(lines.get(i).unitCode(), k -> new Tally()).add(i, amount);
            }
        }
        byUnit.forEach((unitCode, tally) -> {
            BigDecimal first = lines.get(tally.first()).amount();
            String count = tally.count() == 1 ? "" : "（该单位共 " + tally.count() + " 行金额不大于 0）";
            findings.error(id(), BudgetContext.line(tally.first(), "amount"),
                    unit(context, unitCode) + "的支出行金额须大于 0：" + BudgetContext.line(tally.first()) + " 金额 "
                            + (first == null ? "未填写" : money(first)) + count);
        });
    }

    private void checkFundings(String list, String what, List<Funding> fundings, BudgetContext context,
                               Findings findings) {
        for (int i = 0; i < fundings.size(); i++) {
            Funding f = fundings.get(i);
            if (f.amount() != null && f.amount().signum() < 0) {
                findings.error(id(), list + "[" + i + "].amount", unit(context, f.unitCode())
                        + DocumentRuleSupport.source(f.fundSource(), f.carryOver()) + what + " " + money(f.amount())
                        + " 为负数");
            }
        }
    }

    private void notNegative(String location, String what, BigDecimal amount, Findings findings) {
        if (amount != null && amount.signum() < 0) {
            findings.error(id(), location, what + " " + money(amount) + " 为负数");
        }
    }
}
