package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.budgetflow.budget.Budget;
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
 * 预算01表 部门收支预算表: income by source (一…九, with 其中：财政拨款) and expenditure by 功能类 (一…三十四), each side
 * closed by its totals block (本年收入合计 / 上年结转结余 / 收入总计; 本年支出合计 / 年终结转结余 / 支出总计).
 */
final class IncomeExpenditureTableBuilder {
    static final String ID = "01";
    static final String ITEM = "item";
    static final String AMOUNT = "amount";

    private record Source(FundSource source, String label) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(FundSource.GOVERNMENT_FUND, "二、政府性基金预算拨款收入"),
            new Source(FundSource.STATE_CAPITAL, "三、国有资本经营预算拨款收入"),
            new Source(FundSource.FISCAL_SPECIAL_ACCOUNT, "四、财政专户管理资金收入"),
            new Source(FundSource.BUSINESS_INCOME, "五、事业收入"),
            new Source(FundSource.OPERATING_INCOME, "六、事业单位经营收入"),
            new Source(FundSource.SUPERIOR_SUBSIDY, "七、上级补助收入"),
            new Source(FundSource.SUBORDINATE_REMITTANCE, "八、附属单位上缴收入"),
            new Source(FundSource.OTHER_INCOME, "九、其他收入"));

    BalanceTable build(Context ctx) {
        return new BalanceTable(ID, ctx.title(ID), incomeSide(ctx.budget()), expenditureSide(ctx));
    }

    private static List<HeaderNode> header(String side) {
        return List.of(HeaderNode.group(side,
                HeaderNode.leaf(Column.text(ITEM, "项目")), HeaderNode.leaf(Column.amount(AMOUNT, "金额"))));
    }

    private Grid incomeSide(Budget budget) {
        List<Funding> income = budget.income();
        List<Row> rows = new ArrayList<>();
        rows.add(item(RowType.ITEM, FundSource.GENERAL_PUBLIC_BUDGET.name(), "一、一般公共预算",
                Money.blankIfZero(current(income, FundSource.GENERAL_PUBLIC_BUDGET, false))));
        rows.add(item(RowType.ITEM, FundSource.GENERAL_PUBLIC_BUDGET.name() + "/appropriation", "其中：财政拨款",
                Money.blankIfZero(current(income, FundSource.GENERAL_PUBLIC_BUDGET, true))));
        for (Source s : SOURCES) {
            rows.add(item(RowType.ITEM, s.source().name(), s.label(),
                    Money.blankIfZero(current(income, s.source(), false))));
        }
        BigDecimal currentTotal = Money.funding(income, f -> !f.carryOver());
        BigDecimal carryOver = Money.funding(income, Funding::carryOver);
        rows.add(item(RowType.TOTAL, "本年收入合计", "本年收入合计", currentTotal));
        rows.add(item(RowType.BALANCE, "上年结转结余", "上年结转结余", carryOver));
        rows.add(item(RowType.TOTAL, "收入总计", "收入总计", currentTotal.add(carryOver)));
        return new Grid(header("收入"), rows);
    }

    private Grid expenditureSide(Context ctx) {
        List<Line> lines = ctx.lines();
        Set<String> present = new TreeSet<>();
        lines.forEach(l -> present.add(l.functionClass()));
        List<Row> rows = new ArrayList<>();
        for (FunctionClass c : ctx.functionClasses().covering(present, ctx.names()::functionClass)) {
            rows.add(item(RowType.CLASS, c.code(), c.label01(),
                    Money.blankIfZero(Money.lines(lines, l -> c.code().equals(l.functionClass())))));
        }
        BigDecimal spent = Money.lines(lines, l -> true);
        BigDecimal carriedForward = Money.funding(ctx.budget().carryForward(), f -> true);
        rows.add(item(RowType.TOTAL, "本年支出合计", "本年支出合计", spent));
        rows.add(item(RowType.BALANCE, "年终结转结余", "年终结转结余", carriedForward));
        rows.add(item(RowType.TOTAL, "支出总计", "支出总计", spent.add(carriedForward)));
        return new Grid(header("支出"), rows);
    }

    private static BigDecimal current(List<Funding> income, FundSource source, boolean appropriationOnly) {
        return Money.funding(income, f -> !f.carryOver() && f.fundSource() == source
                && (!appropriationOnly || f.appropriation()));
    }

    private static Row item(RowType type, String code, String label, BigDecimal amount) {
        return Row.builder(type, code, label).text(ITEM, label).amount(AMOUNT, amount).build();
    }
}
