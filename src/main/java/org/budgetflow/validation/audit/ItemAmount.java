package org.budgetflow.validation.audit;

import java.math.BigDecimal;

/**
 * One labelled amount of table 01 (income, expenditure by 类) or of the income side of table 04.
 *
 * @param section   table 04 income section (本年收入 / 上年结转), null elsewhere
 * @param item      the printed label, e.g. "一、一般公共预算", "十二、城乡社区事务", "（一）一般公共预算拨款"
 * @param classCode 功能分类 类 code for expenditure rows (null when not printed)
 * @param amount    the amount, zero when blank
 * @param location  the cell's path, e.g. {@code tables.01.expenditure[classCode=212].amount}
 */
public record ItemAmount(String section, String item, String classCode, BigDecimal amount, String location) {

    /** The row's path without the ".amount" cell, e.g. {@code tables.01.expenditure[classCode=212]}. */
    public String rowLocation() {
        return location.endsWith(".amount") ? location.substring(0, location.length() - ".amount".length())
                : location;
    }

    /** Path of another field of the row, e.g. {@code item}. */
    public String at(String field) {
        return rowLocation() + "." + field;
    }
}
