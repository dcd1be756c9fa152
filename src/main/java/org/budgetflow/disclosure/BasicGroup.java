package org.budgetflow.disclosure;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.Line;

/**
 * The four basic-expenditure columns of tables 03/05/09/10, by 部门经济分类 类: 301 工资福利支出, 303 对个人和家庭的补助
 * (人员经费); 302 商品和服务支出, 309/310 资本性支出 (公用经费). A basic line of any other 类 falls in its category's first
 * column (人员经费 → 工资福利支出, 公用经费 → 商品和服务支出), so that every basic line is counted once.
 */
enum BasicGroup {
    WAGES("基本支出_工资福利支出"),
    FAMILY_SUBSIDIES("基本支出_对个人和家庭的补助"),
    GOODS_AND_SERVICES("基本支出_商品和服务支出"),
    CAPITAL("基本支出_资本性支出");

    private final String columnId;

    BasicGroup(String columnId) {
        this.columnId = columnId;
    }

    String columnId() {
        return columnId;
    }

    static BasicGroup of(Line line) {
        String econ = line.deptEconCode() == null ? "" : line.deptEconCode();
        if (econ.startsWith("301")) {
            return WAGES;
        }
        if (econ.startsWith("303")) {
            return FAMILY_SUBSIDIES;
        }
        if (econ.startsWith("302")) {
            return GOODS_AND_SERVICES;
        }
        if (econ.startsWith("309") || econ.startsWith("310")) {
            return CAPITAL;
        }
        return line.category() == ExpenditureCategory.PERSONNEL ? WAGES : GOODS_AND_SERVICES;
    }
}
