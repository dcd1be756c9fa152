package org.budgetflow.disclosure.render.csv;

import static org.budgetflow.disclosure.render.csv.CsvField.amount;
import static org.budgetflow.disclosure.render.csv.CsvField.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.OverallPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.Funds;
import org.budgetflow.disclosure.model.ProjectPerformanceTable.ProjectTargets;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.Table;
import org.budgetflow.disclosure.model.TableVisitor;

/**
 * One CSV file per table, in a flat shape open-data users can load as is. Column names are the disclosure-v1 keys:
 * {@code rowType}, {@code code}, {@code name}, the grid's other text columns, then the amount columns by their
 * disclosure-v1 ids ("基本支出_工资福利支出"). Printed notes and empty-table remarks follow the rows as records of
 * rowType {@code note} / {@code remark} with the text in {@code name}.
 * <ul>
 *   <li>02, 03, 05–11: one record per row.</li>
 *   <li>01, 04: {@code side} (income / expenditure) first, then {@code section} (table 04's 本年收入 / 上年结转) after
 *       the name; the amount columns of both sides.</li>
 *   <li>12: {@code section, item, amount, text} for the form (基本信息, 年度主要任务, 预算情况), then the indicators in
 *       the columns 一级指标 … 指标值说明.</li>
 *   <li>13: the total, unit and project records with their funds, each project followed by one {@code indicator}
 *       record per indicator (category, name, value).</li>
 * </ul>
 */
final class CsvTables implements TableVisitor<CsvDocument> {
    /** Text columns already carried by {@code code} and {@code name}. */
    private static final Set<String> IDENTITY_COLUMNS = Set.of("code", "name", "item", "unitCode");

    @Override
    public CsvDocument visit(Table table) {
        Grid grid = table.grid();
        List<Column> texts = grid.columns().stream()
                .filter(c -> !c.isAmount() && !IDENTITY_COLUMNS.contains(c.id())).toList();
        List<Column> amounts = grid.amountColumns();
        List<String> header = new ArrayList<>(List.of("rowType", "code", "name"));
        texts.forEach(c -> header.add(c.id()));
        amounts.forEach(c -> header.add(c.id()));
        CsvDocument csv = new CsvDocument().header(header);
        for (Row row : grid.rows()) {
            List<CsvField> fields = new ArrayList<>(List.of(text(row.type().key()), text(row.code()), text(row.name())));
            texts.forEach(c -> fields.add(text(row.text(c))));
            amounts.forEach(c -> fields.add(amount(row.amount(c))));
            csv.record(fields);
        }
        int width = header.size();
        textRecord(csv, "note", table.note(), 2, width);
        textRecord(csv, "remark", table.remark(), 2, width);
        return csv;
    }

    @Override
    public CsvDocument visit(BalanceTable table) {
        Set<String> ids = new LinkedHashSet<>();
        table.income().amountColumns().forEach(c -> ids.add(c.id()));
        table.expenditure().amountColumns().forEach(c -> ids.add(c.id()));
        List<String> header = new ArrayList<>(List.of("side", "rowType", "code", "name", "section"));
        header.addAll(ids);
        CsvDocument csv = new CsvDocument().header(header);
        side(csv, "income", table.income(), ids);
        side(csv, "expenditure", table.expenditure(), ids);
        return csv;
    }

    private static void side(CsvDocument csv, String side, Grid grid, Set<String> ids) {
        for (Row row : grid.rows()) {
            List<CsvField> fields = new ArrayList<>(List.of(text(side), text(row.type().key()), text(row.code()),
                    text(row.name()), text(row.group())));
            ids.forEach(id -> fields.add(amount(row.amount(id))));
            csv.record(fields);
        }
    }

    @Override
    public CsvDocument visit(OverallPerformanceTable t) {
        CsvDocument csv = new CsvDocument().header(List.of("section", "item", "amount", "text",
                "一级指标", "二级指标", "三级指标", "指标值", "指标值说明"));
        form(csv, "基本信息", "部门（单位）名称", null, t.departmentName());
        form(csv, "基本信息", "年度", null, t.yearLabel());
        form(csv, "基本信息", "年度履职目标", null, t.annualGoal());
        t.tasks().forEach(task -> form(csv, "年度主要任务", task.name(), null, task.content()));
        OverallPerformanceTable.BudgetOverview b = t.budget();
        form(csv, "预算情况", "部门预算总额", b.total(), null);
        form(csv, "预算情况", "政府预算资金", b.government(), null);
        form(csv, "预算情况", "财政专户管理资金", b.specialAccount(), null);
        form(csv, "预算情况", "单位资金", b.unitFunds(), null);
        form(csv, "预算情况", "基本支出", b.basic(), null);
        form(csv, "预算情况", "项目支出", b.project(), null);
        for (OverallPerformanceTable.Indicator i : t.indicators()) {
            csv.record(List.of(text("绩效指标"), CsvField.EMPTY, CsvField.EMPTY, CsvField.EMPTY, text(i.level1()),
                    text(i.level2()), text(i.level3()), text(i.value()), text(i.explanation())));
        }
        return csv;
    }

    private static void form(CsvDocument csv, String section, String item, BigDecimal value, String content) {
        csv.record(List.of(text(section), text(item), amount(value), text(content), CsvField.EMPTY, CsvField.EMPTY,
                CsvField.EMPTY, CsvField.EMPTY, CsvField.EMPTY));
    }

    @Override
    public CsvDocument visit(ProjectPerformanceTable t) {
        List<String> header = List.of("rowType", "unitCode", "code", "name", "资金总额", "政府预算资金", "财政专户管理资金",
                "单位资金", "category", "indicatorName", "indicatorValue");
        CsvDocument csv = new CsvDocument().header(header);
        funds(csv, "total", null, null, "合计", t.total());
        Set<ProjectTargets> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ProjectPerformanceTable.UnitFunds unit : t.units()) {
            funds(csv, "unit", unit.code(), unit.code(), unit.name(), unit.funds());
            for (ProjectTargets p : t.projectsOf(unit.code())) {
                project(csv, p);
                written.add(p);
            }
        }
        t.projects().stream().filter(p -> !written.contains(p)).forEach(p -> project(csv, p));
        textRecord(csv, "remark", t.remark(), 3, header.size());
        return csv;
    }

    private static void project(CsvDocument csv, ProjectTargets p) {
        funds(csv, "project", p.unitCode(), p.projectCode(), p.projectName(), p.funds());
        for (ProjectPerformanceTable.Target i : p.indicators()) {
            csv.record(List.of(text("indicator"), text(p.unitCode()), text(p.projectCode()), text(p.projectName()),
                    CsvField.EMPTY, CsvField.EMPTY, CsvField.EMPTY, CsvField.EMPTY,
                    text(i.category() == null ? null : i.category().label()), text(i.name()), text(i.value())));
        }
    }

    private static void funds(CsvDocument csv, String type, String unitCode, String code, String name, Funds f) {
        csv.record(List.of(text(type), text(unitCode), text(code), text(name), amount(f.total()),
                amount(f.government()), amount(f.specialAccount()), amount(f.unitFunds()), CsvField.EMPTY,
                CsvField.EMPTY, CsvField.EMPTY));
    }

    /** A record of the given rowType with the text in the name column (index {@code nameColumn}), else empty. */
    private static void textRecord(CsvDocument csv, String type, String value, int nameColumn, int width) {
        if (value == null) {
            return;
        }
        List<CsvField> fields = new ArrayList<>(Collections.nCopies(width, CsvField.EMPTY));
        fields.set(0, text(type));
        fields.set(nameColumn, text(value));
        csv.record(fields);
    }
}
