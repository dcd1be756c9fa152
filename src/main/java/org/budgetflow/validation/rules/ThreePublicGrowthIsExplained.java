package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.isBlank;
import static org.budgetflow.validation.rules.DocumentRuleSupport.money;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * V33 (warning): “三公”经费只减不增. This year's components, from 一般公共预算 财政拨款 lines (basic and project, guide §2.2:
 * 30212 因公出国（境）, 31013/30913 公务用车购置, 30231 公务用车运行, 30217 公务接待), are compared with
 * {@code priorYear.threePublic}; a component that grows needs {@code changeReasons.threePublic}. A null prior figure
 * means no comparison is stated.
 */
public final class ThreePublicGrowthIsExplained implements BudgetRule {

    @Override
    public String id() {
        return "V33";
    }

    @Override
    public String title() {
        return "“三公”经费只减不增：比上年增加的组成部分须说明原因";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        PriorYear prior = context.budget().priorYear();
        PriorYear.ThreePublic last = prior.threePublic();
        if (last == null || !isBlank(context.budget().changeReasons().threePublic())) {
            return;
        }
        BigDecimal abroad = Amounts.orZero(null);
        BigDecimal reception = Amounts.orZero(null);
        BigDecimal purchase = Amounts.orZero(null);
        BigDecimal operation = Amounts.orZero(null);
        for (Line line : context.budget().lines()) {
            if (line.fundSource() != FundSource.GENERAL_PUBLIC_BUDGET || !line.appropriation()
                    || line.deptEconCode() == null || line.amount() == null) {
                continue;
            }
            switch (line.deptEconCode()) {
                case "30212" -> abroad = abroad.add(line.amount());
                case "30217" -> reception = reception.add(line.amount());
                case "31013", "30913" -> purchase = purchase.add(line.amount());
                case "30231" -> operation = operation.add(line.amount());
                default -> {
                }
            }
        }
        String year = prior.year() == null ? "上年" : prior.year() + "年";
        List<Component> components = List.of(
                new Component("abroad", "因公出国（境）费", abroad, last.abroad()),
                new Component("vehiclePurchase", "公务用车购置费", purchase, last.vehiclePurchase()),
                new Component("vehicleOperation", "公务用车运行费", operation, last.vehicleOperation()),
                new Component("reception", "公务接待费", reception, last.reception()));
        for (Component c : components) {
            if (c.prior != null && c.current.compareTo(c.prior) > 0) {
                findings.warning(id(), "priorYear.threePublic." + c.field,
                        "“三公”经费 " + c.label + " 本年 " + money(c.current) + "，高于" + year + " " + money(c.prior)
                                + "（增加 " + money(c.current.subtract(c.prior)) + "），但未说明增加原因"
                                + "（changeReasons.threePublic）；“三公”经费只减不增");
            }
        }
    }

    private record Component(String field, String label, BigDecimal current, BigDecimal prior) {
    }
}
