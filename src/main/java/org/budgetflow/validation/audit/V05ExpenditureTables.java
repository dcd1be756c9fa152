package org.budgetflow.validation.audit;

import java.util.List;

import org.budgetflow.validation.Findings;

/**
 * V05 表03/05/09/10: per row 合计 = 基本小计 + 项目小计; 基本小计 = 工资福利 + 个人家庭 + 商品服务 + 资本性;
 * 项目小计 = 其他运转类 + 特定目标类; per column Σ 项 rows = 部门 row = 合计 row.
 */
public final class V05ExpenditureTables implements DisclosureRule {
    private static final List<String> TABLES = List.of("03", "05", "09", "10");
    private static final List<String> BASIC_PARTS = List.of(Columns.WAGES, Columns.HOUSEHOLDS,
            Columns.GOODS_SERVICES, Columns.CAPITAL);
    private static final List<String> PROJECT_PARTS = List.of(Columns.OTHER_OPERATING, Columns.SPECIFIC_PURPOSE);

    @Override
    public String id() {
        return "V05";
    }

    @Override
    public String title() {
        return "表03/05/09/10 各行合计、基本支出、项目支出与其构成相符，部门行、合计行等于科目行之和";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        for (String id : TABLES) {
            RowTable t = d.rowTable(id);
            for (TableRow row : t.rows()) {
                String name = t.label() + " " + row.label() + " ";
                Check.equal(f, id(), row.at(Columns.TOTAL), name + "合计", row.get(Columns.TOTAL),
                        "基本支出 " + Check.fmt(row.get(Columns.BASIC)) + " + 项目支出 "
                                + Check.fmt(row.get(Columns.PROJECT)) + " =",
                        row.get(Columns.BASIC).add(row.get(Columns.PROJECT)), 2);
                Check.equal(f, id(), row.at(Columns.BASIC), name + "基本支出 小计", row.get(Columns.BASIC),
                        "工资福利、对个人和家庭的补助、商品和服务、资本性支出之和", Check.sum(row.values(), BASIC_PARTS),
                        BASIC_PARTS.size());
                Check.equal(f, id(), row.at(Columns.PROJECT), name + "项目支出 小计", row.get(Columns.PROJECT),
                        "其他运转类 + 特定目标类", Check.sum(row.values(), PROJECT_PARTS), PROJECT_PARTS.size());
            }
            Hierarchy.check(f, id(), t, Columns.EXPENDITURE, "功能科目行");
        }
    }
}
