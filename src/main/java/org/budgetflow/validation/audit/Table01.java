package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.budgetflow.budget.Amounts;

/** 预算01表 部门收支预算表: income rows, expenditure rows by 功能分类 类, and totals. */
public final class Table01 {
    public static final String CURRENT_INCOME = "本年收入合计";
    public static final String CARRY_OVER = "上年结转结余";
    public static final String INCOME_TOTAL = "收入总计";
    public static final String CURRENT_EXPENDITURE = "本年支出合计";
    public static final String CARRY_FORWARD = "年终结转结余";
    public static final String EXPENDITURE_TOTAL = "支出总计";

    private final List<ItemAmount> income;
    private final List<ItemAmount> expenditure;
    private final Map<String, BigDecimal> totals;

    Table01(List<ItemAmount> income, List<ItemAmount> expenditure, Map<String, BigDecimal> totals) {
        this.income = List.copyOf(income);
        this.expenditure = List.copyOf(expenditure);
        this.totals = Map.copyOf(totals);
    }

    /** Every income row as printed, including "其中：财政拨款". */
    public List<ItemAmount> income() {
        return income;
    }

    /** The top-level income rows 一…九 (without the "其中" sub-row). */
    public List<ItemAmount> incomeRows() {
        return income.stream().filter(i -> ChineseNumerals.isTopLevel(i.item())).toList();
    }

    /** The top-level income row of a source. */
    public Optional<ItemAmount> income(IncomeSource source) {
        return incomeRows().stream()
                .filter(i -> IncomeSource.ofLabel(i.item()).filter(source::equals).isPresent())
                .findFirst();
    }

    /** The "其中：财政拨款" sub-row of 一般公共预算. */
    public Optional<ItemAmount> fiscalAppropriation() {
        return income.stream().filter(i -> i.item() != null && i.item().startsWith("其中")).findFirst();
    }

    /** One row per 功能分类 类 (rows printed without a code included, with a null classCode). */
    public List<ItemAmount> expenditure() {
        return expenditure;
    }

    public Optional<ItemAmount> expenditure(String classCode) {
        return expenditure.stream().filter(e -> classCode.equals(e.classCode())).findFirst();
    }

    /** A figure of the totals block (本年收入合计, 上年结转结余, 收入总计, 本年支出合计, 年终结转结余, 支出总计); zero when blank. */
    public BigDecimal total(String key) {
        return Amounts.orZero(totals.get(key));
    }

    public static String totalLocation(String key) {
        return "tables.01.totals." + key;
    }
}
