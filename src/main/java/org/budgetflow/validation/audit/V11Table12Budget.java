package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/** V11 表12: 部门预算总额 = 政府预算资金 + 财政专户管理资金 + 单位资金 = 基本支出 + 项目支出. */
public final class V11Table12Budget implements DisclosureRule {

    @Override
    public String id() {
        return "V11";
    }

    @Override
    public String title() {
        return "表12 部门预算总额等于各资金来源之和，也等于基本支出加项目支出";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Values b = d.table12().budget();
        Check.equal(f, id(), Table12.budgetAt(Columns.T12_TOTAL), "表12 部门预算总额", b.get(Columns.T12_TOTAL),
                "政府预算资金 + 财政专户管理资金 + 单位资金 = " + Check.plus(b.get(Columns.T12_GOVERNMENT),
                        b.get(Columns.T12_SPECIAL), b.get(Columns.T12_UNIT)) + " =",
                Check.sum(b.get(Columns.T12_GOVERNMENT), b.get(Columns.T12_SPECIAL), b.get(Columns.T12_UNIT)), 3);
        Check.equal(f, id(), "tables.12.预算情况", "表12 部门预算总额", b.get(Columns.T12_TOTAL),
                "基本支出 " + Check.fmt(b.get(Columns.T12_BASIC)) + " + 项目支出 " + Check.fmt(b.get(Columns.T12_PROJECT)) + " =",
                b.get(Columns.T12_BASIC).add(b.get(Columns.T12_PROJECT)), 2);
    }
}
