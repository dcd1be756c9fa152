package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.inClass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.rules.DocumentRuleSupport.Tally;

/**
 * B7: a basic line's category must fit its 部门经济分类: 人员经费 = 301 工资福利 / 303 对个人和家庭的补助, 公用经费 = 302 商品和服务 /
 * 310 资本性支出 (guide V07, V18). Otherwise 表06 puts it in the wrong column and 表05/表06 disagree. One finding per
 * (category, economic code).
 */
public final class BasicCategoryMatchesEconomicClass implements BudgetRule {

    @Override
    public String id() {
        return "B7";
    }

    @Override
    public String title() {
        return "基本支出人员经费/公用经费与部门预算支出经济分类一致";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Map<Key, Tally> wrong = new LinkedHashMap<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.deptEconCode() != null && !fits(line.category(), line.deptEconCode())) {
                wrong.computeIfAbsent(new Key(line.category(), line.deptEconCode()), k -> new Tally())
                        .add(i, line.amount());
            }
        }
        wrong.forEach((key, tally) -> {
            Line first = lines.get(tally.first());
            String name = first.deptEconName() == null ? "" : "（" + first.deptEconName() + "）";
            findings.error(id(), BudgetContext.line(tally.first(), "deptEconCode"),
                    "基本支出·" + key.category.label() + "的支出行使用部门经济分类 " + key.econCode + name + "，"
                            + expected(key.category) + "：" + tally.describe() + "；表06 会把它列入错误的栏目");
        });
    }

    /** Project lines and lines without a category are not this rule's concern. */
    private static boolean fits(ExpenditureCategory category, String econCode) {
        if (category == ExpenditureCategory.PERSONNEL) {
            return inClass(econCode, "301", "303");
        }
        if (category == ExpenditureCategory.PUBLIC_OFFICE) {
            return inClass(econCode, "302", "310");
        }
        return true;
    }

    private static String expected(ExpenditureCategory category) {
        return category == ExpenditureCategory.PERSONNEL
                ? "人员经费只能是 301 工资福利支出或 303 对个人和家庭的补助"
                : "公用经费只能是 302 商品和服务支出或 310 资本性支出";
    }

    private record Key(ExpenditureCategory category, String econCode) {
    }
}
