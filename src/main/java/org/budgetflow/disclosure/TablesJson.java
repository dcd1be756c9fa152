package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.DisclosureJsonWriter.amount;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.DisclosureTables;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.OverallPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;

/** The {@code tables} object of disclosure-v1: each table in the shape the contract gives it. */
final class TablesJson {
    private final ObjectMapper mapper;

    TablesJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(DisclosureTables t) {
        ObjectNode tables = mapper.createObjectNode();
        tables.set("01", table01(t.incomeAndExpenditure()));
        tables.set("02", unitRows(t.income()));
        tables.set("03", functionRows(t.expenditure()));
        tables.set("04", table04(t.fiscalAppropriation()));
        tables.set("05", functionRows(t.generalPublicBudget()));
        tables.set("06", table06(t.generalPublicBudgetBasic()));
        tables.set("07", table07(t.economicClassification()));
        tables.set("08", table08(t.threePublic()));
        tables.set("09", functionRows(t.governmentFund()));
        tables.set("10", functionRows(t.stateCapital()));
        tables.set("11", table11(t.projects()));
        tables.set("12", table12(t.overallPerformance()));
        tables.set("13", table13(t.projectPerformance()));
        return tables;
    }

    /** 01: income[] {item, amount}; expenditure[] {item, classCode, amount}; totals {label: amount}. */
    private ObjectNode table01(BalanceTable t) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode income = node.putArray("income");
        ArrayNode expenditure = node.putArray("expenditure");
        ObjectNode totals = mapper.createObjectNode();
        for (Row r : t.income().rows()) {
            if (r.type() == RowType.ITEM) {
                income.addObject().put("item", r.name()).put("amount", amount(r.amount("amount")));
            } else {
                totals.put(r.name(), amount(r.amount("amount")));
            }
        }
        for (Row r : t.expenditure().rows()) {
            if (r.type() == RowType.CLASS) {
                expenditure.addObject().put("item", r.name()).put("classCode", r.code())
                        .put("amount", amount(r.amount("amount")));
            } else {
                totals.put(r.name(), amount(r.amount("amount")));
            }
        }
        node.set("totals", totals);
        return node;
    }

    /** 04: columns; income[] {item, section, amount}; expenditure[] {item, classCode, values}; totals. */
    private ObjectNode table04(BalanceTable t) {
        ObjectNode node = mapper.createObjectNode();
        columns(node, t.expenditure());
        ArrayNode income = node.putArray("income");
        ArrayNode expenditure = node.putArray("expenditure");
        ObjectNode totals = mapper.createObjectNode();
        for (Row r : t.income().rows()) {
            if (r.type() == RowType.TOTAL) {
                totals.put(r.name(), amount(r.amount("amount")));
            } else {
                income.addObject().put("item", r.name()).put("section", r.group())
                        .put("amount", amount(r.amount("amount")));
            }
        }
        for (Row r : t.expenditure().rows()) {
            if (r.type() == RowType.TOTAL) {
                totals.set(r.name(), values(t.expenditure(), r));
            } else {
                ObjectNode row = expenditure.addObject().put("item", r.name())
                        .put("classCode", r.type() == RowType.CLASS ? r.code() : null);
                row.set("values", values(t.expenditure(), r));
            }
        }
        node.set("totals", totals);
        return node;
    }

    /** 02: rows {rowType, code, name, values}. */
    private ObjectNode unitRows(Table t) {
        ObjectNode node = mapper.createObjectNode();
        columns(node, t.grid());
        ArrayNode rows = node.putArray("rows");
        for (Row r : t.grid().rows()) {
            ObjectNode row = rows.addObject().put("rowType", r.type().key()).put("code", r.code())
                    .put("name", r.name());
            row.set("values", values(t.grid(), r));
        }
        remark(node, t);
        return node;
    }

    /** 03, 05, 09, 10: rows {rowType, code, [类, 款, 项,] name, values}. */
    private ObjectNode functionRows(Table t) {
        ObjectNode node = mapper.createObjectNode();
        columns(node, t.grid());
        ArrayNode rows = node.putArray("rows");
        for (Row r : t.grid().rows()) {
            ObjectNode row = rows.addObject().put("rowType", r.type().key()).put("code", r.code());
            if (r.type() == RowType.FUNCTION) {
                row.put("类", r.text(FunctionTableBuilder.CLASS)).put("款", r.text(FunctionTableBuilder.ITEM))
                        .put("项", r.text(FunctionTableBuilder.SUBITEM));
            }
            row.put("name", r.name());
            row.set("values", values(t.grid(), r));
        }
        remark(node, t);
        return node;
    }

    /** 06: columns; total {values}; rows {deptEconCode, deptEconName, govEconCode, govEconName, values}. */
    private ObjectNode table06(Table t) {
        ObjectNode node = mapper.createObjectNode();
        columns(node, t.grid());
        ArrayNode rows = mapper.createArrayNode();
        for (Row r : t.grid().rows()) {
            if (r.type() == RowType.TOTAL) {
                node.putObject("total").set("values", values(t.grid(), r));
            } else {
                ObjectNode row = rows.addObject()
                        .put("deptEconCode", r.text(BasicExpenditureTableBuilder.DEPT_CODE))
                        .put("deptEconName", r.text(BasicExpenditureTableBuilder.DEPT_NAME))
                        .put("govEconCode", r.text(BasicExpenditureTableBuilder.GOV_CODE))
                        .put("govEconName", r.text(BasicExpenditureTableBuilder.GOV_NAME));
                row.set("values", values(t.grid(), r));
            }
        }
        node.set("rows", rows);
        remark(node, t);
        return node;
    }

    /** 07: rows total {rowType, name, values}, department {rowType, code, name, values}, econ {codes, names}. */
    private ObjectNode table07(Table t) {
        ObjectNode node = mapper.createObjectNode();
        columns(node, t.grid());
        ArrayNode rows = node.putArray("rows");
        for (Row r : t.grid().rows()) {
            ObjectNode row = rows.addObject().put("rowType", r.type().key());
            switch (r.type()) {
                case TOTAL -> row.put("name", r.name());
                case DEPARTMENT -> row.put("code", r.code()).put("name", r.name());
                default -> {
                    String[] pair = r.code().split("/", -1);
                    row.put("deptEconCode", emptyToNull(pair[0]))
                            .put("deptEconName", r.text(EconomicTableBuilder.DEPT_NAME))
                            .put("govEconCode", emptyToNull(pair[1]))
                            .put("govEconName", r.text(EconomicTableBuilder.GOV_NAME));
                }
            }
            row.set("values", values(t.grid(), r));
        }
        return node;
    }

    /** 08: columns; values; remark when empty. */
    private ObjectNode table08(Table t) {
        ObjectNode node = mapper.createObjectNode();
        columns(node, t.grid());
        node.set("values", values(t.grid(), t.grid().rows().get(0)));
        remark(node, t);
        return node;
    }

    /** 11: rows total {rowType, values}, department {rowType, code, name, values}, project {类型, 项目名称, 项目单位}. */
    private ObjectNode table11(Table t) {
        ObjectNode node = mapper.createObjectNode();
        columns(node, t.grid());
        ArrayNode rows = node.putArray("rows");
        for (Row r : t.grid().rows()) {
            ObjectNode row = rows.addObject().put("rowType", r.type().key());
            if (r.type() == RowType.DEPARTMENT) {
                row.put("code", r.code()).put("name", r.name());
            } else if (r.type() == RowType.PROJECT) {
                row.put("类型", r.text(ProjectTableBuilder.TYPE)).put("项目名称", r.text(ProjectTableBuilder.NAME))
                        .put("项目单位", r.text(ProjectTableBuilder.UNIT));
            }
            row.set("values", values(t.grid(), r));
        }
        remark(node, t);
        return node;
    }

    private ObjectNode table12(OverallPerformanceTable t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("部门（单位）名称", t.departmentName());
        node.put("年度", t.yearLabel());
        node.put("年度履职目标", t.annualGoal());
        ArrayNode tasks = node.putArray("年度主要任务");
        t.tasks().forEach(task -> tasks.addObject().put("任务名称", task.name()).put("主要内容", task.content()));
        OverallPerformanceTable.BudgetOverview b = t.budget();
        node.putObject("预算情况")
                .put("部门预算总额", amount(b.total()))
                .put("政府预算资金", amount(b.government()))
                .put("财政专户管理资金", amount(b.specialAccount()))
                .put("单位资金", amount(b.unitFunds()))
                .put("基本支出", amount(b.basic()))
                .put("项目支出", amount(b.project()));
        ArrayNode indicators = node.putArray("indicators");
        t.indicators().forEach(i -> indicators.addObject().put("一级指标", i.level1()).put("二级指标", i.level2())
                .put("三级指标", i.level3()).put("指标值", i.value()).put("指标值说明", i.explanation()));
        return node;
    }

    private ObjectNode table13(ProjectPerformanceTable t) {
        ObjectNode node = mapper.createObjectNode();
        funds(node.putObject("total"), t.total());
        ArrayNode units = node.putArray("units");
        t.units().forEach(u -> funds(units.addObject().put("code", u.code()).put("name", u.name()), u.funds()));
        ArrayNode projects = node.putArray("projects");
        for (ProjectPerformanceTable.ProjectTargets p : t.projects()) {
            ObjectNode project = projects.addObject().put("unitCode", p.unitCode())
                    .put("projectCode", p.projectCode()).put("projectName", p.projectName());
            funds(project, p.funds());
            ArrayNode indicators = project.putArray("indicators");
            p.indicators().forEach(i -> indicators.addObject()
                    .put("category", i.category() == null ? null : i.category().label())
                    .put("name", i.name()).put("value", i.value()));
        }
        if (t.remark() != null) {
            node.put("remark", t.remark());
        }
        return node;
    }

    private static void funds(ObjectNode node, ProjectPerformanceTable.Funds f) {
        node.put("资金总额", amount(f.total())).put("政府预算资金", amount(f.government()))
                .put("财政专户管理资金", amount(f.specialAccount())).put("单位资金", amount(f.unitFunds()));
    }

    private void columns(ObjectNode node, Grid grid) {
        ArrayNode columns = node.putArray("columns");
        grid.amountColumns().forEach(c -> columns.add(c.id()));
    }

    private ObjectNode values(Grid grid, Row row) {
        ObjectNode values = mapper.createObjectNode();
        List<Column> columns = grid.amountColumns();
        for (Column c : columns) {
            values.put(c.id(), amount(row.amount(c)));
        }
        return values;
    }

    private static void remark(ObjectNode node, Table t) {
        if (t.remark() != null) {
            node.put("remark", t.remark());
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
