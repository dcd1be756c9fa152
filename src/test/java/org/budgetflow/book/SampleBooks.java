package org.budgetflow.book;

import static org.budgetflow.budget.FundSource.GENERAL_PUBLIC_BUDGET;
import static org.budgetflow.testing.BookBudgets.indicator;

import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.testing.BookBudgets;
import org.budgetflow.validation.Finding;

/** A two-department book for the renderer tests, with markup and formula-like text in its names. */
final class SampleBooks {
    static final String MARKUP_NAME = "<script>alert('x')</script>项目&经费";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点击\")";

    private SampleBooks() {
    }

    static List<Budget> budgets() {
        return List.of(
                BookBudgets.department("101", "洛阳市西工区人民代表大会常务委员会办公室")
                        .basic("553.71")
                        .project("410303220000000016801", "办公经费-公务用车维护费", "101001", ProjectType.OTHER_OPERATING,
                                List.of(indicator(IndicatorCategory.COST, "运行维护费", "≤2.4 万"),
                                        indicator(IndicatorCategory.OUTPUT, "公车正常运行率", "≥95%"),
                                        indicator(IndicatorCategory.SATISFACTION, "车辆使用人员满意度", "≥95%")),
                                GENERAL_PUBLIC_BUDGET, "2.40")
                        .project("410303220000000016802", MARKUP_NAME, "101001", ProjectType.SPECIFIC_PURPOSE,
                                List.of(indicator(IndicatorCategory.BENEFIT, "-1+2", "@SUM(A1)")),
                                GENERAL_PUBLIC_BUDGET, "183.44")
                        .goal("认真履行监督职责").task("召开人民代表大会", "年度至少召开一次全区人民代表大会")
                        .overall("投入管理指标", "预算和财务管理", "预算执行率", "≥99%")
                        .overall("效益指标", "满意度", "人大代表及全区选民", "≥95%")
                        .build(),
                BookBudgets.department("109", FORMULA_NAME).basic("100.00").build());
    }

    static CongressBook book() {
        Map<String, List<Finding>> findings = Map.of(
                "101", List.of(Finding.warning("L4", "projects[0].indicators[0]", "项目“总成本”指标 ≤38.51万元 高于项目资金总额 38.50万元"),
                        Finding.error("B1", "income", "+收入 ≠ 支出")),
                "109", List.of());
        return CongressBookBuilder.build(2024, budgets(), b -> findings.get(b.department().code()));
    }
}
