package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;

/**
 * 预算11表 项目支出预算表: 合计, the department, then each project in order of its first line ({@link LineOrder});
 * projects without lines follow in declaration order. Current-year fiscal money is 本年拨款, carried-over fiscal
 * money 财政拨款结转结余, 财政专户 money 财政专户管理资金, everything else 单位资金.
 */
final class ProjectTableBuilder {
    static final String ID = "11";
    static final String TYPE = "类型";
    static final String NAME = "项目名称";
    static final String UNIT = "项目单位";

    private static final List<SumColumn<Line>> COLUMNS = List.of(
            col("合计", "合计", l -> true),
            col("本年拨款_一般公共预算", "一般公共预算", fiscal(FundSource.GENERAL_PUBLIC_BUDGET, false)),
            col("本年拨款_政府性基金预算", "政府性基金预算", fiscal(FundSource.GOVERNMENT_FUND, false)),
            col("本年拨款_国有资本经营预算", "国有资本经营预算", fiscal(FundSource.STATE_CAPITAL, false)),
            col("财政拨款结转结余_一般公共预算", "一般公共预算", fiscal(FundSource.GENERAL_PUBLIC_BUDGET, true)),
            col("财政拨款结转结余_政府性基金预算", "政府性基金预算", fiscal(FundSource.GOVERNMENT_FUND, true)),
            col("财政拨款结转结余_国有资本经营预算", "国有资本经营预算", fiscal(FundSource.STATE_CAPITAL, true)),
            col("财政专户管理资金", "财政专户管理资金", l -> l.fundSource() == FundSource.FISCAL_SPECIAL_ACCOUNT),
            col("单位资金", "单位资金",
                    l -> !l.fundSource().fiscal() && l.fundSource() != FundSource.FISCAL_SPECIAL_ACCOUNT));

    Table build(Context ctx) {
        List<Line> projectLines = ctx.lines().stream().filter(l -> l.category().isProject()).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.builder(RowType.TOTAL, null, "合计").amounts(values(projectLines)).build());
        if (projectLines.isEmpty() && ctx.budget().projects().isEmpty()) {
            return new Table(ID, ctx.title(ID), new Grid(header(), rows), null, ctx.emptyRemark(ID));
        }
        String deptName = ctx.budget().department().name();
        rows.add(Row.builder(RowType.DEPARTMENT, ctx.departmentCode(), deptName)
                .text(TYPE, ctx.departmentCode()).text(NAME, deptName).amounts(values(projectLines)).build());
        for (Project project : ordered(ctx, projectLines)) {
            List<Line> own = projectLines.stream().filter(l -> project.id().equals(l.projectId())).toList();
            rows.add(Row.builder(RowType.PROJECT, project.id(), project.name())
                    .text(TYPE, project.type() == null ? null : project.type().label())
                    .text(NAME, project.name())
                    .text(UNIT, ctx.unitName(project.unitCode()))
                    .amounts(values(own)).build());
        }
        return new Table(ID, ctx.title(ID), new Grid(header(), rows), null, null);
    }

    /** Projects by their first line in print order; projects without lines after them, as declared. */
    private static List<Project> ordered(Context ctx, List<Line> projectLines) {
        Map<String, Project> byId = new LinkedHashMap<>();
        ctx.budget().projects().forEach(p -> byId.putIfAbsent(p.id(), p));
        Map<String, Project> out = new LinkedHashMap<>();
        for (Line line : projectLines) {
            Project p = byId.get(line.projectId());
            if (p != null) {
                out.putIfAbsent(p.id(), p);
            }
        }
        byId.values().forEach(p -> out.putIfAbsent(p.id(), p));
        return List.copyOf(out.values());
    }

    private static List<HeaderNode> header() {
        List<HeaderNode> nodes = new ArrayList<>();
        nodes.add(leaf(Column.text(TYPE, "类型")));
        nodes.add(leaf(Column.text(NAME, "项目名称")));
        nodes.add(leaf(Column.text(UNIT, "项目单位")));
        nodes.add(leaf(COLUMNS.get(0).column()));
        nodes.add(group("本年拨款", leaf(COLUMNS.get(1).column()), leaf(COLUMNS.get(2).column()),
                leaf(COLUMNS.get(3).column())));
        nodes.add(group("财政拨款结转结余", leaf(COLUMNS.get(4).column()), leaf(COLUMNS.get(5).column()),
                leaf(COLUMNS.get(6).column())));
        nodes.add(leaf(COLUMNS.get(7).column()));
        nodes.add(leaf(COLUMNS.get(8).column()));
        return nodes;
    }

    private static Map<String, BigDecimal> values(List<Line> lines) {
        return SumColumn.cells(COLUMNS, lines, Line::amount);
    }

    private static SumColumn<Line> col(String id, String label, Predicate<Line> which) {
        return SumColumn.of(id, label, which);
    }

    private static Predicate<Line> fiscal(FundSource source, boolean carryOver) {
        return l -> l.fundSource() == source && l.carryOver() == carryOver;
    }
}
