package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.validation.Findings;

/** V03 表01: 本年支出合计 = Σ 功能类 rows; each 类 row's ordinal matches its code (ordinal = 类 − 200). */
public final class V03ClassRowsAddUp implements DisclosureRule {

    @Override
    public String id() {
        return "V03";
    }

    @Override
    public String title() {
        return "表01 本年支出合计等于各功能类之和，类序号与类编码相符";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table01 t = d.table01();
        List<ItemAmount> rows = t.expenditure();
        BigDecimal sum = rows.stream().map(ItemAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Check.equal(f, id(), Table01.totalLocation(Table01.CURRENT_EXPENDITURE), "表01 本年支出合计",
                t.total(Table01.CURRENT_EXPENDITURE), "各功能类之和", sum, rows.size());
        for (ItemAmount row : rows) {
            int ordinal = ChineseNumerals.ordinalOf(row.item());
            if (row.classCode() == null || ordinal < 0 || !row.classCode().matches("[0-9]{3}")) {
                continue;
            }
            int expected = Integer.parseInt(row.classCode()) - 200;
            if (ordinal != expected) {
                f.warning(id(), row.at("item"), "表01 支出“" + row.item() + "”的序号为 " + ordinal + "，但类编码 "
                        + row.classCode() + " 对应序号 " + expected);
            }
        }
    }
}
