package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.SpecialTransferPayment;

/** Section 十(五) 专项转移支付项目情况 in the template's words. */
final class SpecialTransferText {
    private final Wording wording;

    SpecialTransferText(Wording wording) {
        this.wording = wording;
    }

    String text(int year, List<SpecialTransferPayment> payments) {
        if (payments.isEmpty()) {
            return wording.text("narrative.specialTransfer.none", year);
        }
        BigDecimal total = Money.ZERO;
        for (SpecialTransferPayment p : payments) {
            total = total.add(p.amount() == null ? Money.ZERO : p.amount());
        }
        String items = payments.stream()
                .map(p -> wording.text("narrative.specialTransfer.item", p.name(), Amounts.format(p.amount())))
                .collect(Collectors.joining(wording.text("narrative.specialTransfer.separator")));
        return wording.text("narrative.specialTransfer.some", year, payments.size(), Amounts.format(total), items);
    }
}
