package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/** V33 三公 this year vs last year per component: an increase ("只减不增") needs a stated reason. */
public final class V33ThreePublicIncreaseReasons implements DisclosureRule {
    private static final String SECTION = "三公经费";

    @Override
    public String id() {
        return "V33";
    }

    @Override
    public String title() {
        return "“三公”经费比上年增加须说明原因";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Narrative n = d.narrative();
        for (String key : n.keys(SECTION)) {
            if (!key.endsWith("比上年")) {
                continue;
            }
            n.change(SECTION, key).ifPresent(change -> {
                if (change.direction() == Change.Direction.INCREASE && !change.hasReason()) {
                    String item = key.equals("比上年") ? "“三公”经费合计" : key.substring(0, key.length() - 3);
                    f.warning(id(), Narrative.location(SECTION, key), "情况说明 " + item + " 比上年增加"
                            + (change.amount() == null ? "" : " " + Check.fmt(change.amount()))
                            + "，未说明原因（“三公”经费只减不增）");
                }
            });
        }
    }
}
