package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.budgetflow.validation.Findings;

/**
 * V06 表04: 收入合计 = 本年收入 + 上年结转 (each = Σ its parts); 支出合计 = 本年支出 + 年终结转结余 (本年支出 = Σ 类
 * rows); 收入合计 = 支出合计; per row 合计 = 一般公共预算小计 + 政府性基金 + 国有资本经营预算.
 */
public final class V06Table04Balance implements DisclosureRule {
    private static final List<String> SOURCES = List.of(Columns.T04_GPB, Columns.T04_FUND, Columns.T04_STATE);

    @Override
    public String id() {
        return "V06";
    }

    @Override
    public String title() {
        return "表04 收入合计、支出合计与其构成相符且收支平衡，各行合计等于各来源之和";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table04 t = d.table04();
        checkIncome(t, f);
        checkExpenditure(t, f);
        Check.equal(f, id(), "tables.04.totals", "表04 收入合计", t.incomeTotal(), "支出合计",
                t.expenditureTotal().get(Columns.T04_TOTAL), 1);
        for (ItemRow row : t.expenditure()) {
            checkRow(f, row.values(), row.location(), "表04 " + row.item() + " ");
        }
        checkRow(f, t.expenditureTotal(), Table04.EXPENDITURE_TOTAL_LOCATION, "表04 支出合计 ");
    }

    private void checkIncome(Table04 t, Findings f) {
        Optional<ItemAmount> current = t.sectionTotal(Table04.SECTION_CURRENT);
        Optional<ItemAmount> carry = t.sectionTotal(Table04.SECTION_CARRY_OVER);
        BigDecimal currentAmount = current.map(ItemAmount::amount).orElse(BigDecimal.ZERO);
        BigDecimal carryAmount = carry.map(ItemAmount::amount).orElse(BigDecimal.ZERO);
        Check.equal(f, id(), Table04.INCOME_TOTAL_LOCATION, "表04 收入合计", t.incomeTotal(),
                "本年收入 " + Check.fmt(currentAmount) + " + 上年结转 " + Check.fmt(carryAmount) + " =",
                currentAmount.add(carryAmount), 2);
        for (String section : List.of(Table04.SECTION_CURRENT, Table04.SECTION_CARRY_OVER)) {
            t.sectionTotal(section).ifPresent(header -> {
                List<ItemAmount> parts = t.sectionParts(section);
                BigDecimal sum = parts.stream().map(ItemAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                Check.equal(f, id(), header.location(), "表04 " + header.item(), header.amount(),
                        "其下各项之和", sum, parts.size());
            });
        }
    }

    private void checkExpenditure(Table04 t, Findings f) {
        Optional<ItemRow> current = t.currentExpenditure();
        Optional<ItemRow> carry = t.carryForward();
        List<ItemRow> classRows = t.expenditure().stream()
                .filter(r -> current.map(c -> c != r).orElse(true) && carry.map(c -> c != r).orElse(true))
                .toList();
        for (String column : Columns.T04) {
            BigDecimal currentValue = current.map(r -> r.get(column)).orElse(BigDecimal.ZERO);
            BigDecimal carryValue = carry.map(r -> r.get(column)).orElse(BigDecimal.ZERO);
            Check.equal(f, id(), Table04.EXPENDITURE_TOTAL_LOCATION + "." + column, "表04 支出合计 " + column,
                    t.expenditureTotal().get(column),
                    "本年支出 " + Check.fmt(currentValue) + " + 年终结转结余 " + Check.fmt(carryValue) + " =",
                    currentValue.add(carryValue), 2);
            current.ifPresent(row -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (ItemRow r : classRows) {
                    sum = sum.add(r.get(column));
                }
                Check.equal(f, id(), row.at(column), "表04 " + row.item() + " " + column, row.get(column),
                        "各功能类之和", sum, classRows.size());
            });
        }
    }

    private void checkRow(Findings f, Values values, String location, String name) {
        BigDecimal sum = Check.sum(values, SOURCES);
        Check.equal(f, id(), location + "." + Columns.T04_TOTAL, name + "合计", values.get(Columns.T04_TOTAL),
                "一般公共预算 + 政府性基金 + 国有资本经营预算", sum, SOURCES.size());
        if (Check.exceeds(values.get(Columns.T04_GPB_FISCAL), values.get(Columns.T04_GPB), 1)) {
            f.error(id(), location + "." + Columns.T04_GPB_FISCAL, name + "一般公共预算 其中财政拨款 "
                    + Check.fmt(values.get(Columns.T04_GPB_FISCAL)) + " 大于 小计 "
                    + Check.fmt(values.get(Columns.T04_GPB)));
        }
    }
}
