package org.budgetflow.disclosure.render.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.budgetflow.disclosure.model.OverallPerformanceTable;
import org.budgetflow.disclosure.model.OverallPerformanceTable.BudgetOverview;
import org.budgetflow.disclosure.model.OverallPerformanceTable.Indicator;
import org.budgetflow.disclosure.model.OverallPerformanceTable.Task;

/**
 * Table 12 (区级部门整体绩效目标表) as printed: the year under the title, then a form — 部门（单位）名称, 年度履职目标,
 * 年度主要任务 (任务名称, 主要内容), 预算情况 (the total, the sources and the structure) — and the indicator block
 * (一级, 二级, 三级指标, 指标值, 指标值说明) with repeated 一级 and 二级 labels merged downwards.
 */
final class OverallPerformanceSheet {
    static final int COLUMNS = 5;
    private static final String[] BUDGET_LABELS = {
            "部门预算总额（万元）", "1、资金来源：（1）政府预算资金", "（2）财政专户管理资金", "（3）单位资金",
            "2、资金结构：（1）基本支出", "（2）项目支出"};

    private OverallPerformanceSheet() {
    }

    static void write(SheetPen pen, OverallPerformanceTable table) {
        XlsxStyles s = pen.styles;
        int last = COLUMNS - 1;
        pen.text(0, 0, table.number(), s.number);
        pen.row(1).setHeightInPoints(28);
        pen.cell(1, 0, s.title).setCellValue(table.title());
        pen.merge(1, 1, 0, last, s.title);
        pen.cell(2, 0, s.infoCentered).setCellValue("（" + table.yearLabel() + "）");
        pen.merge(2, 2, 0, last, s.infoCentered);

        int r = 3;
        pen.header(r, 0, "部门（单位）名称", true);
        pen.wrappedAcross(r++, 1, last, table.departmentName(), s.text(table.departmentName(), false));
        pen.header(r, 0, "年度履职目标", true);
        pen.wrappedAcross(r++, 1, last, table.annualGoal(), s.text(table.annualGoal(), false));
        r = tasks(pen, table.tasks(), r);
        r = budget(pen, table.budget(), r);
        indicators(pen, table.indicators(), r);
        pen.printSetup(false, -1);
        pen.finish();
    }

    private static int tasks(SheetPen pen, List<Task> tasks, int top) {
        XlsxStyles s = pen.styles;
        pen.header(top, 0, "年度主要任务", true);
        pen.header(top, 1, "任务名称", true);
        pen.header(top, 2, "主要内容", false);
        pen.merge(top, top, 2, COLUMNS - 1, s.header);
        int r = top + 1;
        for (Task task : tasks) {
            pen.text(r, 1, task.name(), s.text(task.name(), false));
            pen.wrappedAcross(r, 2, COLUMNS - 1, task.content(), s.text(task.content(), false));
            pen.fitHeight(r, 1, 1, task.name());
            r++;
        }
        pen.merge(top, r - 1, 0, 0, s.header);
        return r;
    }

    private static int budget(SheetPen pen, BudgetOverview b, int top) {
        XlsxStyles s = pen.styles;
        BigDecimal[] amounts = {b.total(), b.government(), b.specialAccount(), b.unitFunds(), b.basic(), b.project()};
        pen.header(top, 0, "预算情况", true);
        for (int i = 0; i < BUDGET_LABELS.length; i++) {
            int r = top + i;
            pen.cell(r, 1, s.text).setCellValue(BUDGET_LABELS[i]);
            pen.merge(r, r, 1, COLUMNS - 2, s.text);
            pen.amount(r, COLUMNS - 1, amounts[i], i == 0 ? s.amountBold : s.amount);
        }
        int end = top + BUDGET_LABELS.length - 1;
        pen.merge(top, end, 0, 0, s.header);
        return end + 1;
    }

    private static void indicators(SheetPen pen, List<Indicator> indicators, int top) {
        XlsxStyles s = pen.styles;
        String[] labels = {"一级指标", "二级指标", "三级指标", "指标值", "指标值说明"};
        for (int c = 0; c < labels.length; c++) {
            pen.header(top, c, labels[c], true);
        }
        int first = top + 1;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            int r = first + i;
            String[] cells = {ind.level1(), ind.level2(), ind.level3(), ind.value(), ind.explanation()};
            for (int c = 0; c < cells.length; c++) {
                pen.text(r, c, cells[c], s.text(cells[c], false));
                if (c >= 2) {
                    pen.fitHeight(r, c, c, cells[c]);
                }
            }
        }
        mergeRuns(pen, indicators, first, 0);
        mergeRuns(pen, indicators, first, 1);
    }

    /** Merges consecutive rows with the same 一级 (column 0) or the same 一级 and 二级 (column 1) label. */
    private static void mergeRuns(SheetPen pen, List<Indicator> indicators, int first, int column) {
        int start = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !sameGroup(indicators.get(start), indicators.get(i), column)) {
                if (i - 1 > start && label(indicators.get(start), column) != null) {
                    for (int j = start + 1; j < i; j++) {
                        pen.row(first + j).getCell(column).setBlank();
                    }
                    pen.merge(first + start, first + i - 1, column, column, pen.styles.text);
                }
                start = i;
            }
        }
    }

    private static boolean sameGroup(Indicator a, Indicator b, int column) {
        boolean sameLevel1 = Objects.equals(a.level1(), b.level1());
        return column == 0 ? sameLevel1 : sameLevel1 && Objects.equals(a.level2(), b.level2());
    }

    private static String label(Indicator i, int column) {
        return column == 0 ? i.level1() : i.level2();
    }
}
