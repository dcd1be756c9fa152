package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;

/**
 * 预算07表 支出经济分类汇总表: every line (basic and project, all sources) by (部门经济分类, 政府经济分类) pair in
 * first-appearance order. Current-year money goes to its source's column; all carried-over money, whatever its
 * source, to 上年结转结余.
 */
final class EconomicTableBuilder {
    static final String ID = "07";
    static final String DEPT_CLASS = "deptEconClass";
    static final String DEPT_ITEM = "deptEconItem";
    static final String DEPT_NAME = "deptEconName";
    static final String GOV_CLASS = "govEconClass";
    static final String GOV_ITEM = "govEconItem";
    static final String GOV_NAME = "govEconName";

    private static final List<SumColumn<Line>> COLUMNS = List.of(
            col("总计", "总计", l -> true),
            col("一般公共预算_小计", "小计", current(FundSource.GENERAL_PUBLIC_BUDGET)),
            col("一般公共预算_其中财政拨款", "其中：财政拨款",
                    current(FundSource.GENERAL_PUBLIC_BUDGET).and(Line::appropriation)),
            col("政府性基金", "政府性基金", current(FundSource.GOVERNMENT_FUND)),
            col("国有资本经营预算", "国有资本经营预算", current(FundSource.STATE_CAPITAL)),
            col("上年结转结余", "上年结转结余", Line::carryOver),
            col("财政专户管理资金收入", "财政专户管理资金收入", current(FundSource.FISCAL_SPECIAL_ACCOUNT)),
            col("事业收入", "事业收入", current(FundSource.BUSINESS_INCOME)),
            col("上级补助收入", "上级补助收入", current(FundSource.SUPERIOR_SUBSIDY)),
            col("附属单位上缴收入", "附属单位上缴收入", current(FundSource.SUBORDINATE_REMITTANCE)),
            col("事业单位经营收入", "事业单位经营收入", current(FundSource.OPERATING_INCOME)),
            col("其他收入", "其他收入", current(FundSource.OTHER_INCOME)));

    Table build(Context ctx) {
        List<Line> lines = ctx.lines();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.builder(RowType.TOTAL, null, "合计").text(DEPT_CLASS, "合计").amounts(values(lines)).build());
        String deptName = ctx.budget().department().name();
        rows.add(Row.builder(RowType.DEPARTMENT, ctx.departmentCode(), deptName)
                .text(DEPT_CLASS, ctx.departmentCode()).text(DEPT_NAME, deptName).amounts(values(lines)).build());
        EconomicPairs.of(lines).forEach((pair, group) -> {
            String dept = group.get(0).deptEconCode();
            String gov = group.get(0).govEconCode();
            rows.add(Row.builder(RowType.ECON, pair, null)
                    .text(DEPT_CLASS, Codes.part(dept, 0, 3)).text(DEPT_ITEM, Codes.part(dept, 3, 5))
                    .text(DEPT_NAME, ctx.names().deptEconomic(dept, lines))
                    .text(GOV_CLASS, Codes.part(gov, 0, 3)).text(GOV_ITEM, Codes.part(gov, 3, 5))
                    .text(GOV_NAME, ctx.names().govEconomic(gov, lines))
                    .amounts(values(group)).build());
        });
        return new Table(ID, ctx.title(ID), new Grid(header(), rows), null, null);
    }

    private static List<HeaderNode> header() {
        List<HeaderNode> nodes = new ArrayList<>();
        nodes.add(group("部门预算经济分类", leaf(Column.text(DEPT_CLASS, "类")), leaf(Column.text(DEPT_ITEM, "款")),
                leaf(Column.text(DEPT_NAME, "科目名称"))));
        nodes.add(group("政府预算经济分类", leaf(Column.text(GOV_CLASS, "类")), leaf(Column.text(GOV_ITEM, "款")),
                leaf(Column.text(GOV_NAME, "科目名称"))));
        nodes.add(leaf(COLUMNS.get(0).column()));
        nodes.add(group("一般公共预算", leaf(COLUMNS.get(1).column()), leaf(COLUMNS.get(2).column())));
        for (SumColumn<Line> c : COLUMNS.subList(3, COLUMNS.size())) {
            nodes.add(leaf(c.column()));
        }
        return nodes;
    }

    private static Map<String, BigDecimal> values(List<Line> lines) {
        return SumColumn.cells(COLUMNS, lines, Line::amount);
    }

    private static SumColumn<Line> col(String id, String label, Predicate<Line> which) {
        return SumColumn.of(id, label, which);
    }

    private static Predicate<Line> current(FundSource source) {
        return l -> !l.carryOver() && l.fundSource() == source;
    }
}
