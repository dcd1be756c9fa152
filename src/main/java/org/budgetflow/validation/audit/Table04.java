package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.budgetflow.budget.Amounts;

/** 预算04表 财政拨款收支预算表: income by section, expenditure by 类 with the two section rows, totals. */
public final class Table04 {
    public static final String SECTION_CURRENT = "本年收入";
    public static final String SECTION_CARRY_OVER = "上年结转";

    private final List<ItemAmount> income;
    private final List<ItemRow> expenditure;
    private final BigDecimal incomeTotal;
    private final Values expenditureTotal;

    Table04(List<ItemAmount> income, List<ItemRow> expenditure, BigDecimal incomeTotal, Values expenditureTotal) {
        this.income = List.copyOf(income);
        this.expenditure = List.copyOf(expenditure);
        this.incomeTotal = Amounts.orZero(incomeTotal);
        this.expenditureTotal = expenditureTotal;
    }

    public List<ItemAmount> income() {
        return income;
    }

    /** The section's header row ("一、本年收入" / "二、上年结转"). */
    public Optional<ItemAmount> sectionTotal(String section) {
        return income.stream()
                .filter(i -> section.equals(i.section()) && ChineseNumerals.isTopLevel(i.item()))
                .findFirst();
    }

    /** The bracketed parts of a section: （一）一般公共预算拨款, （二）政府性基金预算拨款, （三）国有资本经营预算拨款. */
    public List<ItemAmount> sectionParts(String section) {
        return income.stream()
                .filter(i -> section.equals(i.section()) && ChineseNumerals.isBracketed(i.item()))
                .toList();
    }

    /** The part of a section that names a source (一般公共预算 / 政府性基金 / 国有资本经营). */
    public Optional<ItemAmount> sectionPart(String section, IncomeSource source) {
        return sectionParts(section).stream()
                .filter(i -> i.item().contains(source.keyword()))
                .findFirst();
    }

    public List<ItemRow> expenditure() {
        return expenditure;
    }

    /** The expenditure rows of 功能分类 类 (those with a class code). */
    public List<ItemRow> classRows() {
        return expenditure.stream().filter(r -> r.classCode() != null).toList();
    }

    public Optional<ItemRow> classRow(String classCode) {
        return expenditure.stream().filter(r -> classCode.equals(r.classCode())).findFirst();
    }

    /** 一、本年支出. */
    public Optional<ItemRow> currentExpenditure() {
        return expenditure.stream()
                .filter(r -> r.classCode() == null && r.item() != null && r.item().contains("本年支出"))
                .findFirst();
    }

    /** 二、年终结转结余. */
    public Optional<ItemRow> carryForward() {
        return expenditure.stream()
                .filter(r -> r.classCode() == null && r.item() != null && r.item().contains("年终结转结余"))
                .findFirst();
    }

    /** Rows with no class code that are neither 一、本年支出 nor 二、年终结转结余. */
    public List<ItemRow> uncodedClassRows() {
        return expenditure.stream()
                .filter(r -> r.classCode() == null && r.item() != null
                        && !r.item().contains("本年支出") && !r.item().contains("年终结转结余"))
                .toList();
    }

    /** totals.收入合计. */
    public BigDecimal incomeTotal() {
        return incomeTotal;
    }

    /** totals.支出合计 by column. */
    public Values expenditureTotal() {
        return expenditureTotal;
    }

    public static final String INCOME_TOTAL_LOCATION = "tables.04.totals.收入合计";
    public static final String EXPENDITURE_TOTAL_LOCATION = "tables.04.totals.支出合计";
}
