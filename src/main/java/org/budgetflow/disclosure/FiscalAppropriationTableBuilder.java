package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;
import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;

/**
 * 预算04表 财政拨款收支预算表: the money of the three fiscal budgets (一般公共预算, 政府性基金, 国有资本经营). Income: 一、本年收入
 * and 二、上年结转 by budget; expenditure: 一、本年支出 by 功能类 — every line of a fiscal source, carried-over money
 * included, as tables 01, 05, 09 and 11 spend it — and 二、年终结转结余 from the budget's planned carry-forward.
 */
final class FiscalAppropriationTableBuilder {
    static final String ID = "04";
    static final String ITEM = "item";
    static final String AMOUNT = "amount";
    static final String CURRENT = "本年收入";
    static final String CARRIED = "上年结转";

    static final String TOTAL = "合计";
    static final String GPB = "一般公共预算_小计";
    static final String GPB_APPROPRIATION = "一般公共预算_其中财政拨款";
    static final String FUND = "政府性基金";
    static final String CAPITAL = "国有资本经营预算";

    BalanceTable build(Context ctx) {
        return new BalanceTable(ID, ctx.title(ID), incomeSide(ctx.budget().income()), expenditureSide(ctx));
    }

    private Grid incomeSide(List<Funding> income) {
        List<Row> rows = new ArrayList<>();
        BigDecimal current = Money.funding(income, f -> !f.carryOver() && f.fundSource().fiscal());
        BigDecimal carried = Money.funding(income, f -> f.carryOver() && f.fundSource().fiscal());
        rows.add(item(RowType.SECTION, CURRENT, "", "一、本年收入", Money.blankIfZero(current)));
        rows.add(item(RowType.ITEM, CURRENT, "/GENERAL_PUBLIC_BUDGET", "（一）一般公共预算拨款",
                income(income, false, FundSource.GENERAL_PUBLIC_BUDGET, false)));
        rows.add(item(RowType.ITEM, CURRENT, "/GENERAL_PUBLIC_BUDGET/appropriation", "其中：财政拨款",
                income(income, false, FundSource.GENERAL_PUBLIC_BUDGET, true)));
        rows.add(item(RowType.ITEM, CURRENT, "/GOVERNMENT_FUND", "（二）政府性基金预算拨款",
                income(income, false, FundSource.GOVERNMENT_FUND, false)));
        rows.add(item(RowType.ITEM, CURRENT, "/STATE_CAPITAL", "（三）国有资本经营预算拨款",
                income(income, false, FundSource.STATE_CAPITAL, false)));
        rows.add(item(RowType.SECTION, CARRIED, "", "二、上年结转", Money.blankIfZero(carried)));
        rows.add(item(RowType.ITEM, CARRIED, "/GENERAL_PUBLIC_BUDGET", "（一）一般公共预算拨款",
                income(income, true, FundSource.GENERAL_PUBLIC_BUDGET, false)));
        rows.add(item(RowType.ITEM, CARRIED, "/GOVERNMENT_FUND", "（二）政府性基金预算拨款",
                income(income, true, FundSource.GOVERNMENT_FUND, false)));
        rows.add(item(RowType.ITEM, CARRIED, "/STATE_CAPITAL", "（三）国有资本经营预算拨款",
                income(income, true, FundSource.STATE_CAPITAL, false)));
        rows.add(Row.builder(RowType.TOTAL, "收入合计", "收入合计").text(ITEM, "收入合计")
                .amount(AMOUNT, current.add(carried)).build());
        return new Grid(List.of(group("收入", leaf(Column.text(ITEM, "项目")), leaf(Column.amount(AMOUNT, "金额")))),
                rows);
    }

    private static Row item(RowType type, String section, String codeSuffix, String label, BigDecimal amount) {
        return Row.builder(type, section + codeSuffix, label).group(section).text(ITEM, label)
                .amount(AMOUNT, amount).build();
    }

    private static BigDecimal income(List<Funding> income, boolean carryOver, FundSource source,
                                     boolean appropriationOnly) {
        return Money.blankIfZero(Money.funding(income, f -> f.carryOver() == carryOver && f.fundSource() == source
                && (!appropriationOnly || f.appropriation())));
    }

    private Grid expenditureSide(Context ctx) {
        List<Line> fiscal = ctx.lines().stream().filter(l -> l.fundSource().fiscal()).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.builder(RowType.SECTION, "本年支出", "一、本年支出").text(ITEM, "一、本年支出")
                .amounts(lineValues(fiscal)).build());
        Set<String> present = new TreeSet<>();
        fiscal.forEach(l -> present.add(l.functionClass()));
        for (FunctionClass c : ctx.functionClasses().covering(present, ctx.names()::functionClass)) {
            List<Line> ofClass = fiscal.stream().filter(l -> c.code().equals(l.functionClass())).toList();
            rows.add(Row.builder(RowType.CLASS, c.code(), c.label04()).text(ITEM, c.label04())
                    .amounts(lineValues(ofClass)).build());
        }
        List<Funding> forward = ctx.budget().carryForward().stream().filter(f -> f.fundSource().fiscal()).toList();
        rows.add(Row.builder(RowType.BALANCE, "年终结转结余", "二、年终结转结余").text(ITEM, "二、年终结转结余")
                .amounts(fundingValues(forward)).build());
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        Map<String, BigDecimal> spent = lineValues(fiscal);
        Map<String, BigDecimal> kept = fundingValues(forward);
        for (String column : List.of(TOTAL, GPB, GPB_APPROPRIATION, FUND, CAPITAL)) {
            total.put(column, Money.blankIfZero(Money.ZERO.add(orZero(spent.get(column)))
                    .add(orZero(kept.get(column)))));
        }
        rows.add(Row.builder(RowType.TOTAL, "支出合计", "支出合计").text(ITEM, "支出合计").amounts(total).build());
        return new Grid(expenditureHeader(), rows);
    }

    private static List<HeaderNode> expenditureHeader() {
        return List.of(group("支出",
                leaf(Column.text(ITEM, "项目")),
                leaf(Column.amount(TOTAL, "合计")),
                group("一般公共预算", leaf(Column.amount(GPB, "小计")),
                        leaf(Column.amount(GPB_APPROPRIATION, "其中：财政拨款"))),
                leaf(Column.amount(FUND, "政府性基金")),
                leaf(Column.amount(CAPITAL, "国有资本经营预算"))));
    }

    private static Map<String, BigDecimal> lineValues(List<Line> lines) {
        return values(p -> Money.lines(lines, l -> p.test(l.fundSource(), l.appropriation())));
    }

    private static Map<String, BigDecimal> fundingValues(List<Funding> entries) {
        return values(p -> Money.funding(entries, f -> p.test(f.fundSource(), f.appropriation())));
    }

    private interface SourceTest {
        boolean test(FundSource source, boolean appropriation);
    }

    private static Map<String, BigDecimal> values(Function<SourceTest, BigDecimal> sum) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put(TOTAL, Money.blankIfZero(sum.apply((s, a) -> s.fiscal())));
        v.put(GPB, Money.blankIfZero(sum.apply((s, a) -> s == FundSource.GENERAL_PUBLIC_BUDGET)));
        v.put(GPB_APPROPRIATION, Money.blankIfZero(sum.apply((s, a) -> s == FundSource.GENERAL_PUBLIC_BUDGET && a)));
        v.put(FUND, Money.blankIfZero(sum.apply((s, a) -> s == FundSource.GOVERNMENT_FUND)));
        v.put(CAPITAL, Money.blankIfZero(sum.apply((s, a) -> s == FundSource.STATE_CAPITAL)));
        return v;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? Money.ZERO : v;
    }
}
