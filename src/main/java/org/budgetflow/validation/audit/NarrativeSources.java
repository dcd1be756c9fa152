package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Which table figure each narrative key figure restates (guide §2.1 narrative sections → tables). */
final class NarrativeSources {

    /** A narrative figure and its table source; the source is empty when the table lacks the row. */
    record Source(String section, String key, String label, Function<DisclosureDocument, Optional<BigDecimal>> value) {
    }

    private NarrativeSources() {
    }

    static List<Source> of(DisclosureDocument d) {
        List<Source> sources = new ArrayList<>();
        Narrative n = d.narrative();
        sources.add(t01("收支总计", "收入总计", Table01.INCOME_TOTAL));
        sources.add(t01("收支总计", "支出总计", Table01.EXPENDITURE_TOTAL));
        sources.add(t01("收入", "收入合计", Table01.INCOME_TOTAL));
        sources.add(t01("收入", "上年结转结余", Table01.CARRY_OVER));
        for (String key : n.keys("收入")) {
            if (key.equals("收入合计") || key.equals("上年结转结余")) {
                continue;
            }
            IncomeSource.ofLabel(key).ifPresent(source -> sources.add(new Source("收入", key,
                    "表01 " + source.keyword() + "收入", doc -> doc.table01().income(source).map(ItemAmount::amount)
                    .or(() -> Optional.of(BigDecimal.ZERO)))));
        }
        sources.addAll(expenditure("支出", "支出合计", "表03", DisclosureDocument::table03));
        boolean gpbExcludesCarry = n.text("财政拨款收支", "一般公共预算口径").filter(s -> s.contains("不含")).isPresent();
        boolean fundExcludesCarry = n.text("财政拨款收支", "政府性基金口径").filter(s -> s.contains("不含")).isPresent();
        sources.add(gpbExcludesCarry
                ? t04Current("一般公共预算收支预算", IncomeSource.GENERAL_PUBLIC_BUDGET)
                : rowTotal("财政拨款收支", "一般公共预算收支预算", "表05 合计", DisclosureDocument::table05, Columns.TOTAL));
        sources.add(fundExcludesCarry
                ? t04Current("政府性基金收支预算", IncomeSource.GOVERNMENT_FUND)
                : rowTotal("财政拨款收支", "政府性基金收支预算", "表09 合计", DisclosureDocument::table09, Columns.TOTAL));
        sources.add(rowTotal("财政拨款收支", "国有资本经营预算收支预算", "表10 合计", DisclosureDocument::table10,
                Columns.TOTAL));
        sources.addAll(expenditure("一般公共预算支出", "合计", "表05", DisclosureDocument::table05));
        sources.add(t06("合计", Columns.T06_TOTAL));
        sources.add(t06("人员经费", Columns.T06_PERSONNEL));
        sources.add(t06("公用经费", Columns.T06_PUBLIC));
        sources.add(t08("合计", Columns.T08_TOTAL));
        sources.add(t08(Columns.T08_ABROAD, Columns.T08_ABROAD));
        sources.add(t08("公务接待费", Columns.T08_RECEPTION));
        sources.add(t08("公务用车购置及运行费", Columns.T08_VEHICLES));
        sources.add(t08("公务用车购置费", Columns.T08_VEHICLE_PURCHASE));
        sources.add(t08("公务用车运行维护费", Columns.T08_VEHICLE_OPERATION));
        sources.addAll(expenditure("政府性基金支出", "合计", "表09", DisclosureDocument::table09));
        sources.addAll(expenditure("国有资本经营支出", "合计", "表10", DisclosureDocument::table10));
        sources.add(new Source("绩效目标", "涉及预算拨款", "表13 合计 资金总额",
                doc -> Optional.of(doc.table13().total().get(Columns.T13_TOTAL))));
        return sources;
    }

    private static Source t01(String section, String key, String total) {
        return new Source(section, key, "表01 " + total, doc -> Optional.of(doc.table01().total(total)));
    }

    private static Source t04Current(String key, IncomeSource source) {
        return new Source("财政拨款收支", key, "表04 本年收入 " + source.keyword() + "预算拨款",
                doc -> doc.table04().sectionPart(Table04.SECTION_CURRENT, source).map(ItemAmount::amount));
    }

    private static List<Source> expenditure(String section, String totalKey, String table,
                                            Function<DisclosureDocument, RowTable> rows) {
        return List.of(
                rowTotal(section, totalKey, table + " 合计", rows, Columns.TOTAL),
                rowTotal(section, "基本支出", table + " 基本支出 小计", rows, Columns.BASIC),
                rowTotal(section, "项目支出", table + " 项目支出 小计", rows, Columns.PROJECT));
    }

    private static Source rowTotal(String section, String key, String label,
                                   Function<DisclosureDocument, RowTable> rows, String column) {
        return new Source(section, key, label, doc -> rows.apply(doc).total().map(r -> r.get(column)));
    }

    private static Source t06(String key, String column) {
        return new Source("一般公共预算基本支出", key, "表06 " + column,
                doc -> Optional.of(doc.table06().total().get(column)));
    }

    private static Source t08(String key, String column) {
        return new Source("三公经费", key, "表08 " + column, doc -> Optional.of(doc.table08().values().get(column)));
    }
}
