package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/**
 * V27 projects of a 行政单位 must not be coded 505/506 (对事业单位补助). The published tables show neither a unit's
 * kind (行政/事业) nor which project a 表07 economic-classification line belongs to, so this rule needs the budget
 * and the audit skips it (the budget validator checks it).
 */
public final class V27ProjectEconomicTypes implements DisclosureRule {

    @Override
    public String id() {
        return "V27";
    }

    @Override
    public String title() {
        return "行政单位项目不得列 505/506（需要预算数据：公开表不含单位性质和项目经济分类，审计跳过）";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        // needs the budget: unit kinds and per-project economic codes are not in the published tables
    }
}
