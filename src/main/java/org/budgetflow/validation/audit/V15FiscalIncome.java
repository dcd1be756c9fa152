package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.budgetflow.validation.Findings;

/**
 * V15 表04 income = the 财政拨款 subset of 表01/02: 本年收入（一）一般公共预算拨款 = 表01 一般公共预算 其中财政拨款,
 * （二）/（三） = 表01 政府性基金 / 国有资本经营 rows; 上年结转 parts = 表02 上年结转结余 一般公共/基金/国资.
 */
public final class V15FiscalIncome implements DisclosureRule {
    private static final Map<IncomeSource, String> CARRY_COLUMNS = Map.of(
            IncomeSource.GENERAL_PUBLIC_BUDGET, Columns.T02_CARRY_GPB,
            IncomeSource.GOVERNMENT_FUND, Columns.T02_CARRY_FUND,
            IncomeSource.STATE_CAPITAL, Columns.T02_CARRY_STATE);
    private static final List<IncomeSource> FISCAL = List.of(IncomeSource.GENERAL_PUBLIC_BUDGET,
            IncomeSource.GOVERNMENT_FUND, IncomeSource.STATE_CAPITAL);

    @Override
    public String id() {
        return "V15";
    }

    @Override
    public String title() {
        return "表04 收入与表01、表02 的财政拨款部分一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Table04 t04 = d.table04();
        Table01 t01 = d.table01();
        for (IncomeSource source : FISCAL) {
            t04.sectionPart(Table04.SECTION_CURRENT, source).ifPresent(part -> {
                ItemAmount reference = source == IncomeSource.GENERAL_PUBLIC_BUDGET
                        ? t01.fiscalAppropriation().or(() -> t01.income(source)).orElse(null)
                        : t01.income(source).orElse(null);
                BigDecimal amount = reference == null ? BigDecimal.ZERO : reference.amount();
                String label = reference == null ? source.keyword() : reference.item();
                if (source == IncomeSource.GENERAL_PUBLIC_BUDGET && reference != null
                        && reference.item().startsWith("其中")) {
                    label = "一般公共预算 " + reference.item();
                }
                Check.equal(f, id(), part.location(), "表04 本年收入 " + part.item(), part.amount(), "表01 " + label,
                        amount, 1);
            });
        }
        d.table02().total().ifPresent(total -> {
            for (IncomeSource source : FISCAL) {
                t04.sectionPart(Table04.SECTION_CARRY_OVER, source).ifPresent(part -> {
                    String column = CARRY_COLUMNS.get(source);
                    Check.equal(f, id(), part.location(), "表04 上年结转 " + part.item(), part.amount(),
                            "表02 " + column, total.get(column), 1);
                });
            }
        });
    }
}
