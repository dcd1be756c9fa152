package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;

/**
 * 预算06表 一般公共预算基本支出预算表: the basic lines of 一般公共预算 money by (部门经济分类 款, 政府经济分类 款) pair in
 * first-appearance order, split into 人员经费 and 公用经费 by the lines' declared category.
 */
final class BasicExpenditureTableBuilder {
    static final String ID = "06";
    static final String DEPT_CODE = "deptEconCode";
    static final String DEPT_NAME = "deptEconName";
    static final String GOV_CODE = "govEconCode";
    static final String GOV_NAME = "govEconName";
    static final String TOTAL = "合计";
    static final String PERSONNEL = "人员经费";
    static final String PUBLIC_OFFICE = "公用经费";

    Table build(Context ctx) {
        List<Line> lines = ctx.lines().stream()
                .filter(l -> l.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET && l.category().isBasic()).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.builder(RowType.TOTAL, null, "合计").text(DEPT_CODE, "合计").amounts(values(lines)).build());
        EconomicPairs.of(lines).forEach((pair, group) -> {
            Line first = group.get(0);
            rows.add(Row.builder(RowType.ECON, pair, null)
                    .text(DEPT_CODE, first.deptEconCode())
                    .text(DEPT_NAME, ctx.names().deptEconomic(first.deptEconCode(), ctx.lines()))
                    .text(GOV_CODE, first.govEconCode())
                    .text(GOV_NAME, ctx.names().govEconomic(first.govEconCode(), ctx.lines()))
                    .amounts(values(group)).build());
        });
        String remark = lines.isEmpty() ? ctx.emptyRemark(ID) : null;
        return new Table(ID, ctx.title(ID), new Grid(header(), rows), null, remark);
    }

    private static List<HeaderNode> header() {
        return List.of(
                group("部门预算支出经济分类科目", leaf(Column.text(DEPT_CODE, "科目编码")),
                        leaf(Column.text(DEPT_NAME, "科目名称"))),
                group("政府预算支出经济分类科目", leaf(Column.text(GOV_CODE, "科目编码")),
                        leaf(Column.text(GOV_NAME, "科目名称"))),
                group("本年一般公共预算基本支出", leaf(Column.amount(TOTAL, "合计")),
                        leaf(Column.amount(PERSONNEL, "人员经费")), leaf(Column.amount(PUBLIC_OFFICE, "公用经费"))));
    }

    private static Map<String, BigDecimal> values(List<Line> lines) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put(TOTAL, Money.blankIfZero(Money.lines(lines, l -> true)));
        v.put(PERSONNEL, Money.blankIfZero(Money.lines(lines, l -> l.category() == ExpenditureCategory.PERSONNEL)));
        v.put(PUBLIC_OFFICE,
                Money.blankIfZero(Money.lines(lines, l -> l.category() == ExpenditureCategory.PUBLIC_OFFICE)));
        return v;
    }
}
