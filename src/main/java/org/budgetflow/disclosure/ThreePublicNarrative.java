package org.budgetflow.disclosure;

import java.math.BigDecimal;

import org.budgetflow.budget.PriorYear;
import org.budgetflow.disclosure.model.Change;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.Narrative.Compared;

/**
 * Section 七 "三公"经费: this year's components against last year's (PriorYear.threePublic). Last year's total is
 * the sum of its stated components; with no component stated there is no comparison. The department's 三公 reason
 * explains every component that changed.
 */
final class ThreePublicNarrative {

    Narrative.ThreePublic build(ThreePublicAmounts now, PriorYear prior, String reason) {
        PriorYear.ThreePublic last = prior.threePublic();
        return new Narrative.ThreePublic(
                compared(now.total(), last == null ? null : lastTotal(last), reason),
                compared(now.abroad(), last == null ? null : last.abroad(), reason),
                compared(now.reception(), last == null ? null : last.reception(), reason),
                now.vehicles(),
                compared(now.vehiclePurchase(), last == null ? null : last.vehiclePurchase(), reason),
                compared(now.vehicleOperation(), last == null ? null : last.vehicleOperation(), reason));
    }

    private static BigDecimal lastTotal(PriorYear.ThreePublic last) {
        if (last.abroad() == null && last.reception() == null && last.vehiclePurchase() == null
                && last.vehicleOperation() == null) {
            return null;
        }
        return Money.ZERO.add(z(last.abroad())).add(z(last.reception())).add(z(last.vehiclePurchase()))
                .add(z(last.vehicleOperation()));
    }

    private static BigDecimal z(BigDecimal v) {
        return v == null ? Money.ZERO : v;
    }

    private static Compared compared(BigDecimal amount, BigDecimal prior, String reason) {
        return new Compared(amount, Change.between(amount, prior, reason));
    }
}
