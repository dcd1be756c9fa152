package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.budgetflow.validation.Findings;

/**
 * V16 表04 expenditure by 类: 一般公共预算 column = Σ 表05 rows of that 类, 政府性基金 = Σ 表09, 国有资本经营预算 = Σ
 * 表10; 本年支出 一般公共预算 = 表05 合计; 表04 年终结转结余 = 表01 年终结转结余 (its 财政拨款 part: never more, and equal
 * when all money is 财政拨款).
 */
public final class V16FiscalExpenditureByClass implements DisclosureRule {

    @Override
    public String id() {
        return "V16";
    }

    @Override
    public String title() {
        return "表04 各功能类支出与表05/09/10 一致，年终结转结余与表01 一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table04 t04 = d.table04();
        checkColumn(f, t04, d.table05(), Columns.T04_GPB, "一般公共预算");
        checkColumn(f, t04, d.table09(), Columns.T04_FUND, "政府性基金");
        checkColumn(f, t04, d.table10(), Columns.T04_STATE, "国有资本经营预算");
        t04.currentExpenditure().ifPresent(row -> d.table05().total().ifPresent(total -> Check.equal(f, id(),
                row.at(Columns.T04_GPB), "表04 " + row.item() + " 一般公共预算", row.get(Columns.T04_GPB),
                "表05 合计", total.get(Columns.TOTAL), 1)));
        t04.carryForward().ifPresent(row -> {
            BigDecimal t04Value = row.get(Columns.T04_TOTAL);
            BigDecimal t01Value = d.table01().total(Table01.CARRY_FORWARD);
            boolean contradiction = Check.exceeds(t04Value, t01Value, 1)
                    || (Facts.onlyFiscalMoney(d) && Check.differs(t04Value, t01Value, 1));
            if (contradiction) {
                f.error(id(), row.at(Columns.T04_TOTAL),
                        Check.mismatch("表04 " + row.item() + " 合计", t04Value, "表01 年终结转结余", t01Value));
            }
        });
    }

    private void checkColumn(Findings f, Table04 t04, RowTable source, String column, String columnName) {
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TableRow row : source.functionRows()) {
            String cls = RowTable.classOf(row);
            byClass.merge(cls, row.get(Columns.TOTAL), BigDecimal::add);
            counts.merge(cls, 1, Integer::sum);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ItemRow row : t04.classRows()) {
            seen.add(row.classCode());
            BigDecimal sum = byClass.getOrDefault(row.classCode(), BigDecimal.ZERO);
            Check.equal(f, id(), row.at(column), "表04 " + row.item() + "（" + row.classCode() + "）" + columnName,
                    row.get(column), source.label() + " " + row.classCode() + " 类合计", sum,
                    counts.getOrDefault(row.classCode(), 1));
        }
        byClass.forEach((cls, sum) -> {
            if (!seen.contains(cls) && sum.signum() != 0) {
                f.error(id(), "tables.04.expenditure[classCode=" + cls + "]." + column,
                        "表04 缺少 " + cls + " 类支出行，而" + source.label() + " " + cls + " 类合计 " + Check.fmt(sum));
            }
        });
    }
}
