package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;

/** The 三公经费 of a budget by component, from 一般公共预算 财政拨款 lines (basic and project). */
record ThreePublicAmounts(BigDecimal abroad, BigDecimal reception, BigDecimal vehiclePurchase,
                          BigDecimal vehicleOperation) {

    static ThreePublicAmounts of(List<Line> lines, ThreePublicCodes codes) {
        return new ThreePublicAmounts(sum(lines, codes.abroad()), sum(lines, codes.reception()),
                sum(lines, codes.vehiclePurchase()), sum(lines, codes.vehicleOperation()));
    }

    private static BigDecimal sum(List<Line> lines, Set<String> econCodes) {
        return Money.lines(lines, l -> l.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET && l.appropriation()
                && econCodes.contains(l.deptEconCode()));
    }

    BigDecimal vehicles() {
        return vehiclePurchase.add(vehicleOperation);
    }

    BigDecimal total() {
        return abroad.add(reception).add(vehicles());
    }
}
