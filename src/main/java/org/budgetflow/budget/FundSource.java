package org.budgetflow.budget;

/** Where money comes from (资金来源). The three fiscal sources are 财政拨款 money (table 04). */
public enum FundSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算", true),
    GOVERNMENT_FUND("政府性基金预算", true),
    STATE_CAPITAL("国有资本经营预算", true),
    FISCAL_SPECIAL_ACCOUNT("财政专户管理资金", false),
    BUSINESS_INCOME("事业收入", false),
    OPERATING_INCOME("事业单位经营收入", false),
    SUPERIOR_SUBSIDY("上级补助收入", false),
    SUBORDINATE_REMITTANCE("附属单位上缴收入", false),
    OTHER_INCOME("其他收入", false),
    /** Only for carried-over money (上年结转结余 单位资金). */
    UNIT_FUNDS("单位资金", false);

    private final String label;
    private final boolean fiscal;

    FundSource(String label, boolean fiscal) {
        this.label = label;
        this.fiscal = fiscal;
    }

    public String label() {
        return label;
    }

    /** True for the three budgets whose money is a fiscal appropriation (财政拨款): 一般公共预算, 政府性基金, 国有资本经营. */
    public boolean fiscal() {
        return fiscal;
    }
}
