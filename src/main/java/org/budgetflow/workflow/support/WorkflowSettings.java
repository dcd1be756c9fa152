package org.budgetflow.workflow.support;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the budget cycle ({@code budgetflow.workflow.*}).
 *
 * @param zone                   the district's time zone: legal clocks count calendar days there
 * @param approvalDocumentPrefix the issuing office's abbreviation in a 批复 document number, e.g. {@code 财预} gives
 *                               {@code 财预〔2023〕1号}
 * @param draftingPage           the drafting page (upload of a budget-v1 document), linked from the draft form
 */
@ConfigurationProperties("budgetflow.workflow")
public record WorkflowSettings(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("财预") String approvalDocumentPrefix,
        @DefaultValue("/drafting/index.html") String draftingPage) {

    public static WorkflowSettings defaults() {
        return new WorkflowSettings(ZoneId.of("Asia/Shanghai"), "财预", "/drafting/index.html");
    }
}
