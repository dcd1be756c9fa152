package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.budgetflow.validation.Findings;

/** V14 表03.合计 = 表01.本年支出合计; Σ 表03 项 rows by 类 = 表01 类 row. */
public final class V14ExpenditureByClass implements DisclosureRule {

    @Override
    public String id() {
        return "V14";
    }

    @Override
    public String title() {
        return "表03 合计及各功能类之和与表01 支出一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table01 t01 = d.table01();
        RowTable t03 = d.table03();
        t03.total().ifPresent(total -> Check.equal(f, id(), total.at(Columns.TOTAL), "表03 合计",
                total.get(Columns.TOTAL), "表01 本年支出合计", t01.total(Table01.CURRENT_EXPENDITURE), 1));
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TableRow row : t03.functionRows()) {
            String cls = RowTable.classOf(row);
            byClass.merge(cls, row.get(Columns.TOTAL), BigDecimal::add);
            counts.merge(cls, 1, Integer::sum);
        }
        for (ItemAmount row : t01.expenditure()) {
            if (row.classCode() == null) {
                continue;
            }
            BigDecimal sum = byClass.getOrDefault(row.classCode(), BigDecimal.ZERO);
            Check.equal(f, id(), row.location(), "表01 " + row.item() + "（" + row.classCode() + "）", row.amount(),
                    "表03 " + row.classCode() + " 类合计", sum, counts.getOrDefault(row.classCode(), 1));
        }
        byClass.forEach((cls, sum) -> {
            if (t01.expenditure(cls).isEmpty() && sum.signum() != 0) {
                f.error(id(), "tables.01.expenditure[classCode=" + cls + "]",
                        "表01 缺少 " + cls + " 类支出行，而表03 " + cls + " 类合计 " + Check.fmt(sum));
            }
        });
    }
}
