package org.budgetflow.validation.audit;

/**
 * 预算12表 部门整体绩效目标表: the header fields the audit needs.
 *
 * @param departmentName 部门（单位）名称
 * @param yearLabel      年度, e.g. "2023年度"
 * @param budget         预算情况: 部门预算总额, 政府预算资金, 财政专户管理资金, 单位资金, 基本支出, 项目支出
 */
public record Table12(String departmentName, String yearLabel, Values budget) {

    public static String budgetAt(String key) {
        return "tables.12.预算情况." + key;
    }
}
