package org.budgetflow.district;

import org.budgetflow.validation.Severity;

/**
 * The rules a book is checked with while the district is generated (family D, "demo district"): defects of the
 * printed book that the generator reports instead of fixing. Documented in docs/demo-district.md.
 */
public enum BookRule {
    D1(Severity.ERROR, "项目不属于任何部门：列在单位、部门表头合计之外"),
    D2(Severity.WARNING, "部门有项目但没有部门整体绩效目标表：按项目生成预算"),
    D3(Severity.WARNING, "项目表中的“部门”不是预算部门（财政专户等）：其项目不生成预算"),
    D4(Severity.ERROR, "金额不能精确换算为两位小数的万元"),
    D5(Severity.WARNING, "项目行的提取不确定：须对照原书核实"),
    D6(Severity.WARNING, "项目类型印刷不全：按前缀推定"),
    D7(Severity.WARNING, "单位或部门表头合计与其项目合计不符"),
    D8(Severity.ERROR, "部门整体绩效目标表的预算数自身不平，或与项目合计不符"),
    D9(Severity.ERROR, "部门整体绩效目标表无法对应部门代码：未生成预算");

    private final Severity severity;
    private final String title;

    BookRule(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
