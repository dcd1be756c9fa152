package org.budgetflow.disclosure.render.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.Funds;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.ProjectTargets;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.Target;

/**
 * Table 13 (区级部门预算项目绩效目标表) as printed: 单位编码（项目编码）, 项目单位（项目名称）, the four fund columns, and
 * four column pairs (三级指标, 指标值) for 成本, 产出, 效益 and 满意度 indicators. The total row and each unit's row come
 * first, then that unit's projects; a project takes as many rows as its longest indicator category, with its code,
 * name and funds merged down those rows.
 */
final class ProjectPerformanceSheet {
    static final Grid HEADER = header();
    static final int COLUMNS = HEADER.columns().size();
    private static final int FUNDS = 2;
    private static final int TARGETS = 6;

    private ProjectPerformanceSheet() {
    }

    private static Grid header() {
        List<HeaderNode> categories = new ArrayList<>();
        for (IndicatorCategory c : IndicatorCategory.values()) {
            categories.add(HeaderNode.group(c.label() + "指标",
                    HeaderNode.leaf(Column.text(c.name() + "_三级指标", "三级指标")),
                    HeaderNode.leaf(Column.text(c.name() + "_指标值", "指标值"))));
        }
        return new Grid(List.of(
                HeaderNode.leaf(Column.text("code", "单位编码（项目编码）")),
                HeaderNode.leaf(Column.text("name", "项目单位（项目名称）")),
                HeaderNode.group("项目金额（万元）",
                        HeaderNode.leaf(Column.amount("资金总额", "资金总额")),
                        HeaderNode.leaf(Column.amount("政府预算资金", "政府预算资金")),
                        HeaderNode.leaf(Column.amount("财政专户管理资金", "财政专户管理资金")),
                        HeaderNode.leaf(Column.amount("单位资金", "单位资金"))),
                HeaderNode.group("绩效目标", categories)), List.of());
    }

    static void write(SheetPen pen, ProjectPerformanceTable table, Disclosure disclosure) {
        XlsxStyles s = pen.styles;
        TitleBlock.write(pen, table, disclosure, false);
        int top = TitleBlock.ROWS;
        int depth = HEADER.headerDepth();
        HeaderLayout.write(pen, HEADER, depth, top, 0);
        int r = top + depth;
        fundsRow(pen, r++, null, "合计", table.total());
        Set<ProjectTargets> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ProjectPerformanceTable.UnitFunds unit : table.units()) {
            fundsRow(pen, r++, unit.code(), unit.name(), unit.funds());
            for (ProjectTargets p : table.projectsOf(unit.code())) {
                r = project(pen, p, r);
                written.add(p);
            }
        }
        for (ProjectTargets p : table.projects()) {
            if (!written.contains(p)) {
                r = project(pen, p, r);
            }
        }
        if (table.remark() != null) {
            pen.wrappedAcross(r, 0, COLUMNS - 1, table.remark(), s.note(table.remark()));
        }
        pen.sheet.createFreezePane(FUNDS, top + depth);
        pen.printSetup(true, top + depth - 1);
        pen.finish();
    }

    /** The total or a unit row: bold, funds only. */
    private static void fundsRow(SheetPen pen, int r, String code, String name, Funds funds) {
        XlsxStyles s = pen.styles;
        pen.text(r, 0, code, s.text(code, true));
        pen.text(r, 1, name, s.text(name, true));
        funds(pen, r, funds, true);
        for (int c = TARGETS; c < COLUMNS; c++) {
            pen.cell(r, c, s.text);
        }
    }

    private static void funds(SheetPen pen, int r, Funds f, boolean bold) {
        var style = bold ? pen.styles.amountBold : pen.styles.amount;
        pen.amount(r, FUNDS, f.total(), style);
        pen.amount(r, FUNDS + 1, f.government(), style);
        pen.amount(r, FUNDS + 2, f.specialAccount(), style);
        pen.amount(r, FUNDS + 3, f.unitFunds(), style);
    }

    /** Writes a project block and returns the row after it. */
    private static int project(SheetPen pen, ProjectTargets p, int top) {
        XlsxStyles s = pen.styles;
        IndicatorCategory[] categories = IndicatorCategory.values();
        int height = 1;
        for (IndicatorCategory c : categories) {
            height = Math.max(height, p.indicators(c).size());
        }
        pen.text(top, 0, p.projectCode(), s.text(p.projectCode(), false));
        pen.text(top, 1, p.projectName(), s.text(p.projectName(), false));
        funds(pen, top, p.funds(), false);
        for (int k = 0; k < categories.length; k++) {
            List<Target> targets = p.indicators(categories[k]);
            int c = TARGETS + 2 * k;
            for (int i = 0; i < height; i++) {
                String name = i < targets.size() ? targets.get(i).name() : null;
                String value = i < targets.size() ? targets.get(i).value() : null;
                pen.text(top + i, c, name, s.text(name, false));
                pen.text(top + i, c + 1, value, s.text(value, false));
            }
        }
        int end = top + height - 1;
        for (int c = 0; c < TARGETS; c++) {
            pen.merge(top, end, c, c, c < FUNDS ? s.text : s.amount);
        }
        if (height == 1) {
            pen.fitHeight(top, 1, 1, p.projectName());
        }
        return end + 1;
    }
}
