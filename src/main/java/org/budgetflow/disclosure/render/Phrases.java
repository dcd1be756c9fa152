package org.budgetflow.disclosure.render;

import java.math.BigDecimal;

import org.budgetflow.budget.Amounts;
import org.budgetflow.disclosure.model.Change;
import org.budgetflow.disclosure.model.Percentage;

/** The small recurring pieces of the narrative: amounts, shares, changes against last year, reasons. */
final class Phrases {
    private final NarrativeTemplate template;

    Phrases(NarrativeTemplate template) {
        this.template = template;
    }

    NarrativeTemplate template() {
        return template;
    }

    String text(String key, Object... args) {
        return template.text(key, args);
    }

    /** An amount as printed: two decimals, an unstated amount as 0.00. */
    static String amount(BigDecimal value) {
        return Amounts.format(value);
    }

    /** A share as printed ("39.39%"); a share of a zero total as 0.00%. */
    String share(Percentage share) {
        return share == null ? template.text("share.none") : share.format();
    }

    /** "增加93.82万元，增长45.19%" / "减少…，下降…" / "保持一致", without the reason. */
    String change(Change change) {
        String amount = amount(change.amount());
        return switch (change.direction()) {
            case INCREASE -> change.percentage() == null
                    ? template.text("change.increase.noPercentage", amount)
                    : template.text("change.increase", amount, change.percentage().format());
            case DECREASE -> change.percentage() == null
                    ? template.text("change.decrease.noPercentage", amount)
                    : template.text("change.decrease", amount, change.percentage().format());
            case UNCHANGED -> template.text("change.unchanged");
        };
    }

    /** The change followed by "，主要原因：…" when the department gives a reason (not for an unchanged figure). */
    String changeWithReason(Change change) {
        String reason = reason(change.reason());
        if (reason == null || change.unchanged()) {
            return change(change);
        }
        return template.text("change.withReason", change(change), reason);
    }

    /** The department's reason without its final punctuation (the template adds its own), null when none. */
    static String reason(String reason) {
        if (reason == null) {
            return null;
        }
        String r = reason.strip();
        while (!r.isEmpty() && "。；;，,.、 ".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r.isEmpty() ? null : r;
    }
}
