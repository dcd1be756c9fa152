package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/**
 * V22 表09.合计 = 表04 政府性基金 column of 本年支出 (including 上年结转 spent); 表10.合计 = 表04 国有资本经营预算
 * column of 本年支出. (The 备注 of an empty 表09/表10 is V29.)
 */
public final class V22FundTablesAgreeWithTable04 implements DisclosureRule {

    @Override
    public String id() {
        return "V22";
    }

    @Override
    public String title() {
        return "表04 本年支出的政府性基金、国有资本经营预算与表09、表10 合计一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        d.table04().currentExpenditure().ifPresent(row -> {
            compare(f, row, Columns.T04_FUND, "政府性基金", d.table09());
            compare(f, row, Columns.T04_STATE, "国有资本经营预算", d.table10());
        });
    }

    private void compare(Findings f, ItemRow row, String column, String columnName, RowTable table) {
        table.total().ifPresent(total -> Check.equal(f, id(), row.at(column), "表04 " + row.item() + " " + columnName,
                row.get(column), table.label() + " 合计", total.get(Columns.TOTAL), 1));
    }
}
