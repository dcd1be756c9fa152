package org.budgetflow.validation.audit;

import java.math.BigDecimal;

import org.budgetflow.validation.Findings;

/**
 * V30 机关运行经费（机构运转经费）= 表06 公用经费. More than 公用经费 contradicts the definition (ERROR); less is
 * possible where the figure covers only 行政 units (WARNING).
 */
public final class V30OperatingCosts implements DisclosureRule {

    @Override
    public String id() {
        return "V30";
    }

    @Override
    public String title() {
        return "机关运行经费等于表06 公用经费";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        d.narrative().amount("机关运行经费", "合计").ifPresent(printed -> {
            BigDecimal publicCosts = d.table06().total().get(Columns.T06_PUBLIC);
            String location = Narrative.location("机关运行经费", "合计");
            String message = Check.mismatch("情况说明 机关运行经费", printed, "表06 公用经费", publicCosts);
            if (Check.exceeds(printed, publicCosts, 1)) {
                f.error(id(), location, message);
            } else if (Check.differs(printed, publicCosts, 1)) {
                f.warning(id(), location, message + "，请确认是否只含行政单位");
            }
        });
    }
}
