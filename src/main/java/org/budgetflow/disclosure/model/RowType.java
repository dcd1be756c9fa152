package org.budgetflow.disclosure.model;

/** What a row stands for; renderers may style by it (totals bold, departments and units indented less, …). */
public enum RowType {
    /** A total row (合计, 本年收入合计, 收入总计, 支出合计…). */
    TOTAL("total"),
    /** A section heading that also carries its subtotal (table 04: 一、本年收入, 二、上年结转, 一、本年支出). */
    SECTION("section"),
    /** A labelled item (table 01 income rows 一…九 and 其中：财政拨款; table 04 income items). */
    ITEM("item"),
    /** A carried-over balance row (上年结转结余, 年终结转结余). */
    BALANCE("balance"),
    /** A 支出功能分类 类 row of tables 01 and 04. */
    CLASS("class"),
    DEPARTMENT("department"),
    UNIT("unit"),
    /** A 支出功能分类 类款项 row (7-digit code). */
    FUNCTION("function"),
    /** An economic-classification row: a (部门经济分类, 政府经济分类) pair. */
    ECON("econ"),
    PROJECT("project");

    private final String key;

    RowType(String key) {
        this.key = key;
    }

    /** The disclosure-v1 {@code rowType} value. */
    public String key() {
        return key;
    }
}
