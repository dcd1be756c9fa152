package org.budgetflow.validation.audit;

import org.budgetflow.validation.Findings;

/** V18 表05 基本支出 {小计, 人员经费 = 工资福利 + 个人家庭, 公用经费 = 商品服务 + 资本性} = 表06 {合计, 人员经费, 公用经费}. */
public final class V18BasicExpenditureSplit implements DisclosureRule {

    @Override
    public String id() {
        return "V18";
    }

    @Override
    public String title() {
        return "表06 合计、人员经费、公用经费与表05 基本支出一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Values t06 = d.table06().total();
        d.table05().total().ifPresent(t05 -> {
            Check.equal(f, id(), Table06.totalAt(Columns.T06_TOTAL), "表06 合计", t06.get(Columns.T06_TOTAL),
                    "表05 基本支出 小计", t05.get(Columns.BASIC), 1);
            Check.equal(f, id(), Table06.totalAt(Columns.T06_PERSONNEL), "表06 人员经费",
                    t06.get(Columns.T06_PERSONNEL), "表05 工资福利支出 " + Check.fmt(t05.get(Columns.WAGES))
                            + " + 对个人和家庭的补助 " + Check.fmt(t05.get(Columns.HOUSEHOLDS)) + " =",
                    t05.get(Columns.WAGES).add(t05.get(Columns.HOUSEHOLDS)), 2);
            Check.equal(f, id(), Table06.totalAt(Columns.T06_PUBLIC), "表06 公用经费",
                    t06.get(Columns.T06_PUBLIC), "表05 商品和服务支出 " + Check.fmt(t05.get(Columns.GOODS_SERVICES))
                            + " + 资本性支出 " + Check.fmt(t05.get(Columns.CAPITAL)) + " =",
                    t05.get(Columns.GOODS_SERVICES).add(t05.get(Columns.CAPITAL)), 2);
        });
    }
}
