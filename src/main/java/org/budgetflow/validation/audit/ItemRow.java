package org.budgetflow.validation.audit;

import java.math.BigDecimal;

/**
 * One expenditure row of table 04: a 功能分类 类 row, 一、本年支出 or 二、年终结转结余.
 *
 * @param item      the printed label, e.g. "（十二）城乡社区事务支出"
 * @param classCode the 类 code, null for the two section rows (and for rows printed without a code)
 * @param values    cells 合计, 一般公共预算_小计, 一般公共预算_其中财政拨款, 政府性基金, 国有资本经营预算
 * @param location  the row's path, e.g. {@code tables.04.expenditure[classCode=212]}
 */
public record ItemRow(String item, String classCode, Values values, String location) {

    public BigDecimal get(String column) {
        return values.get(column);
    }

    public String at(String column) {
        return location + "." + column;
    }
}
