package org.budgetflow.budget;

import java.math.BigDecimal;

/**
 * One expenditure line item, the single source of all disclosure tables.
 * Names are optional: the year's code list is authoritative.
 */
public record Line(
        String unitCode,
        String functionCode,
        String functionName,
        String deptEconCode,
        String deptEconName,
        String govEconCode,
        String govEconName,
        FundSource fundSource,
        boolean carryOver,
        boolean appropriation,
        ExpenditureCategory category,
        String projectId,
        BigDecimal amount) {

    /** 类 (first three digits of the functional code). */
    public String functionClass() {
        return functionCode.substring(0, 3);
    }

    /** True when the money is 财政拨款: one of the three fiscal budgets and, for 一般公共预算, an appropriation. */
    public boolean fiscalAppropriation() {
        return fundSource.fiscal() && appropriation;
    }
}
