package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;

/**
 * 预算02表 部门收入预算表: income by source, current year and carried over, for the total, the department and each
 * unit (in the budget's unit order). Carried-over money of a source without its own column (事业收入 …, 单位资金) is
 * 单位资金.
 */
final class IncomeTableBuilder {
    static final String ID = "02";
    static final String CODE = "code";
    static final String NAME = "name";

    private static final List<SumColumn<Funding>> COLUMNS = List.of(
            col("总计", "总计", f -> true),
            col("本年收入_合计", "合计", f -> !f.carryOver()),
            col("本年收入_一般公共预算_小计", "小计", current(FundSource.GENERAL_PUBLIC_BUDGET)),
            col("本年收入_一般公共预算_其中财政拨款", "其中：财政拨款",
                    current(FundSource.GENERAL_PUBLIC_BUDGET).and(Funding::appropriation)),
            col("本年收入_政府性基金", "政府性基金", current(FundSource.GOVERNMENT_FUND)),
            col("本年收入_国有资本经营预算", "国有资本经营预算", current(FundSource.STATE_CAPITAL)),
            col("本年收入_财政专户管理资金收入", "财政专户管理资金收入", current(FundSource.FISCAL_SPECIAL_ACCOUNT)),
            col("本年收入_事业收入", "事业收入", current(FundSource.BUSINESS_INCOME)),
            col("本年收入_事业单位经营收入", "事业单位经营收入", current(FundSource.OPERATING_INCOME)),
            col("本年收入_上级补助收入", "上级补助收入", current(FundSource.SUPERIOR_SUBSIDY)),
            col("本年收入_附属单位上缴收入", "附属单位上缴收入", current(FundSource.SUBORDINATE_REMITTANCE)),
            col("本年收入_其他收入", "其他收入", current(FundSource.OTHER_INCOME)),
            col("上年结转结余_合计", "合计", Funding::carryOver),
            col("上年结转结余_一般公共预算", "一般公共预算", carried(FundSource.GENERAL_PUBLIC_BUDGET)),
            col("上年结转结余_政府性基金", "政府性基金", carried(FundSource.GOVERNMENT_FUND)),
            col("上年结转结余_国有资本经营预算", "国有资本经营预算", carried(FundSource.STATE_CAPITAL)),
            col("上年结转结余_财政专户管理资金", "财政专户管理资金", carried(FundSource.FISCAL_SPECIAL_ACCOUNT)),
            col("上年结转结余_单位资金", "单位资金", f -> f.carryOver() && !f.fundSource().fiscal()
                    && f.fundSource() != FundSource.FISCAL_SPECIAL_ACCOUNT));

    Table build(Context ctx) {
        List<Funding> income = ctx.budget().income();
        List<Row> rows = new ArrayList<>();
        rows.add(row(RowType.TOTAL, null, "合计", income));
        rows.add(row(RowType.DEPARTMENT, ctx.departmentCode(), ctx.budget().department().name(), income));
        for (BudgetUnit unit : ctx.budget().units()) {
            rows.add(row(RowType.UNIT, unit.code(), unit.name(),
                    income.stream().filter(f -> unit.code().equals(f.unitCode())).toList()));
        }
        return new Table(ID, ctx.title(ID), new Grid(header(), rows), null, null);
    }

    private static List<HeaderNode> header() {
        return List.of(
                leaf(Column.text(CODE, "部门（单位）代码")),
                leaf(Column.text(NAME, "部门（单位）名称")),
                leaf(column(0)),
                group("本年收入", leaf(column(1)),
                        group("一般公共预算", leaf(column(2)), leaf(column(3))),
                        leaf(column(4)), leaf(column(5)), leaf(column(6)), leaf(column(7)), leaf(column(8)),
                        leaf(column(9)), leaf(column(10)), leaf(column(11))),
                group("上年结转结余", leaf(column(12)), leaf(column(13)), leaf(column(14)), leaf(column(15)),
                        leaf(column(16)), leaf(column(17))));
    }

    private static Column column(int i) {
        return COLUMNS.get(i).column();
    }

    private static Row row(RowType type, String code, String name, List<Funding> income) {
        return Row.builder(type, code, name).text(CODE, code).text(NAME, name)
                .amounts(SumColumn.cells(COLUMNS, income, Funding::amount)).build();
    }

    private static SumColumn<Funding> col(String id, String label, Predicate<Funding> which) {
        return SumColumn.of(id, label, which);
    }

    private static Predicate<Funding> current(FundSource source) {
        return f -> !f.carryOver() && f.fundSource() == source;
    }

    private static Predicate<Funding> carried(FundSource source) {
        return f -> f.carryOver() && f.fundSource() == source;
    }
}
