package org.budgetflow.budget;

import java.math.BigDecimal;

/**
 * Last year's budget figures as stated by the department; a null figure means "no comparison is stated".
 * They may come from last year's document and need not add up.
 */
public record PriorYear(Integer year, BigDecimal total, BigDecimal generalPublicBudget, BigDecimal governmentFund,
                        BigDecimal stateCapital, ThreePublic threePublic) {
    public static final PriorYear EMPTY = new PriorYear(null, null, null, null, null, null);

    /** Last year's 三公经费 by component. */
    public record ThreePublic(BigDecimal abroad, BigDecimal reception, BigDecimal vehiclePurchase,
                              BigDecimal vehicleOperation) {
    }
}
