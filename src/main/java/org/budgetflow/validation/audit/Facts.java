package org.budgetflow.validation.audit;

import java.math.BigDecimal;

/** Facts about a disclosure that several rules depend on. */
final class Facts {
    private Facts() {
    }

    /** True when table 01 shows income from no source but the three financial-appropriation ones, and table 02
     * shows no carry-over of 财政专户 or 单位资金: every figure of the document is 财政拨款. */
    static boolean onlyFiscalMoney(DisclosureDocument d) {
        for (ItemAmount row : d.table01().incomeRows()) {
            boolean fiscal = IncomeSource.ofLabel(row.item()).map(IncomeSource::isFiscal).orElse(false);
            if (!fiscal && row.amount().signum() != 0) {
                return false;
            }
        }
        return d.table02().total()
                .map(t -> t.get(Columns.T02_CARRY_SPECIAL).add(t.get(Columns.T02_CARRY_UNIT)).signum() == 0)
                .orElse(true);
    }

    /** True when every figure of the document is 一般公共预算 money (tables 09 and 10 empty, no other income). */
    static boolean onlyGeneralPublicBudget(DisclosureDocument d) {
        for (ItemAmount row : d.table01().incomeRows()) {
            boolean gpb = IncomeSource.ofLabel(row.item()).filter(IncomeSource.GENERAL_PUBLIC_BUDGET::equals)
                    .isPresent();
            if (!gpb && row.amount().signum() != 0) {
                return false;
            }
        }
        BigDecimal otherCarry = d.table02().total()
                .map(t -> t.get(Columns.T02_CARRY).subtract(t.get(Columns.T02_CARRY_GPB)))
                .orElse(BigDecimal.ZERO);
        return otherCarry.signum() == 0 && !d.table09().hasData() && !d.table10().hasData();
    }
}
