package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;

/**
 * Tables by 支出功能分类 类款项 with basic and project columns: 预算03表 部门支出预算表 (all lines), 05 (一般公共预算),
 * 09 (政府性基金) and 10 (国有资本经营). Rows: 合计, the department, then one row per 7-digit function code in code
 * order, named as the lines print it (else the code list). A scoped table without lines keeps only its 合计 row and
 * carries the empty-table remark.
 */
final class FunctionTableBuilder {
    static final String CLASS = "类";
    static final String ITEM = "款";
    static final String SUBITEM = "项";
    static final String UNIT_CODE = "unitCode";
    static final String NAME = "name";

    static final String TOTAL = "合计";
    static final String BASIC = "基本支出_小计";
    static final String PROJECT = "项目支出_小计";
    static final String OTHER_OPERATING = "项目支出_其他运转类";
    static final String SPECIFIC_PURPOSE = "项目支出_特定目标类";

    private final String id;
    private final Predicate<Line> scope;
    private final boolean remarkWhenEmpty;

    /**
     * @param remarkWhenEmpty true for the scoped tables (05, 09, 10) that state "故此表无数据" when empty
     */
    FunctionTableBuilder(String id, Predicate<Line> scope, boolean remarkWhenEmpty) {
        this.id = id;
        this.scope = scope;
        this.remarkWhenEmpty = remarkWhenEmpty;
    }

    static List<HeaderNode> header() {
        return List.of(
                group("科目编码", leaf(Column.text(CLASS, "类")), leaf(Column.text(ITEM, "款")),
                        leaf(Column.text(SUBITEM, "项"))),
                leaf(Column.text(UNIT_CODE, "单位代码")),
                leaf(Column.text(NAME, "单位（科目名称）")),
                leaf(Column.amount(TOTAL, "合计")),
                group("基本支出", leaf(Column.amount(BASIC, "小计")),
                        group("人员经费", leaf(Column.amount(BasicGroup.WAGES.columnId(), "工资福利支出")),
                                leaf(Column.amount(BasicGroup.FAMILY_SUBSIDIES.columnId(), "对个人和家庭的补助"))),
                        group("公用经费", leaf(Column.amount(BasicGroup.GOODS_AND_SERVICES.columnId(), "商品和服务支出")),
                                leaf(Column.amount(BasicGroup.CAPITAL.columnId(), "资本性支出")))),
                group("项目支出", leaf(Column.amount(PROJECT, "小计")),
                        leaf(Column.amount(OTHER_OPERATING, "其他运转类")),
                        leaf(Column.amount(SPECIFIC_PURPOSE, "特定目标类"))));
    }

    Table build(Context ctx) {
        List<Line> lines = ctx.lines().stream().filter(scope).toList();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.builder(RowType.TOTAL, null, "合计").text(NAME, "合计").amounts(values(lines)).build());
        if (lines.isEmpty() && remarkWhenEmpty) {
            return new Table(id, ctx.title(id), new Grid(header(), rows), null, ctx.emptyRemark(id));
        }
        String deptName = ctx.budget().department().name();
        rows.add(Row.builder(RowType.DEPARTMENT, ctx.departmentCode(), deptName)
                .text(UNIT_CODE, ctx.departmentCode()).text(NAME, deptName).amounts(values(lines)).build());
        Map<String, List<Line>> byCode = new TreeMap<>();
        for (Line line : lines) {
            byCode.computeIfAbsent(line.functionCode(), k -> new ArrayList<>()).add(line);
        }
        byCode.forEach((code, group) -> {
            String name = ctx.names().function(code, ctx.lines());
            rows.add(Row.builder(RowType.FUNCTION, code, name)
                    .text(CLASS, Codes.part(code, 0, 3)).text(ITEM, Codes.part(code, 3, 5))
                    .text(SUBITEM, Codes.part(code, 5, 7))
                    .text(NAME, name).amounts(values(group)).build());
        });
        return new Table(id, ctx.title(id), new Grid(header(), rows), null, null);
    }

    /** The amount cells of a set of lines, in column order. */
    static Map<String, BigDecimal> values(List<Line> lines) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put(TOTAL, blank(lines, l -> true));
        v.put(BASIC, blank(lines, l -> l.category().isBasic()));
        for (BasicGroup g : BasicGroup.values()) {
            v.put(g.columnId(), blank(lines, l -> l.category().isBasic() && BasicGroup.of(l) == g));
        }
        v.put(PROJECT, blank(lines, l -> l.category().isProject()));
        v.put(OTHER_OPERATING, blank(lines, l -> l.category() == ExpenditureCategory.OTHER_OPERATING));
        v.put(SPECIFIC_PURPOSE, blank(lines, l -> l.category() == ExpenditureCategory.SPECIFIC_PURPOSE));
        return v;
    }

    private static BigDecimal blank(List<Line> lines, Predicate<Line> which) {
        return Money.blankIfZero(Money.lines(lines, which));
    }
}
