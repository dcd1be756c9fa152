package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.CodeBudgets;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Findings;
import org.junit.jupiter.api.Test;

/** The code rules evaluate each distinct code once: 100,000 lines take milliseconds and yield one finding per problem. */
class CodeRulesPerformanceTest {
    private static final int LINES = 100_000;
    private static final String[][] PAIRS = {
            {"2120101", "机关服务", "30101", "基本工资", "50101", "工资奖金津补贴"},
            {"2120101", "行政运行", "30107", "绩效工资", "50501", "工资福利支出"},
            {"2080505", "机关事业单位基本养老保险缴费支出", "30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费"},
            {"2101101", "行政单位医疗", "30110", "职工基本医疗保险缴费", "50102", "社会保障缴费"},
            {"2210201", "住房公积金", "30113", "住房公积金", "50103", "住房公积金"},
            {"2120399", "其他城乡社区公共设施支出", "30999", "其他基本建设支出", "50499", "其他资本性支出"},
            {"2120105", null, "30201", "办公费", "50502", "商品和服务支出"},
    };

    @Test
    void checks_a_100000_line_budget_in_well_under_a_second_with_one_finding_per_problem() {
        Budget budget = largeBudget();
        ClassificationCatalog catalog = ClassificationCatalog.loadDefault();
        List<BudgetRule> rules = List.of(new ClassificationCodeRule(catalog), new EconomicMappingRule(catalog),
                new FunctionScopeRule(catalog), new ProjectCodeRule());
        BudgetContext context = new BudgetContext(budget);
        run(rules, context); // warm-up: class loading, JIT, year view

        // best of three, so that a busy build machine does not fail the test (about 60 ms on an idle machine)
        List<Finding> findings = List.of();
        long millis = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long start = System.nanoTime();
            findings = run(rules, context);
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("code rules C1-C4 over %d lines: %d ms%n", LINES, millis);

        // 2120101 named 机关服务 (C1 name), 2120105 unknown (C1), 30201 → 50502 in 行政 (C2)
        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("C1", "C1", "C2");
        assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
                "功能分类 2120101 所列名称“机关服务”与 2023 年支出功能分类科目中的名称“行政运行”不一致（涉及 14286 行，首行 lines[0]）",
                "功能分类 2120105 不在 2023 年支出功能分类科目（部分）中，请核实或补充代码表（涉及 14285 行，首行 lines[6]）",
                "单位 310001 测试单位310001（行政单位）：部门经济分类 30201 办公费 对应政府经济分类 50502 商品和服务支出，"
                        + "不符合 2023 年对应规则：行政单位的 30201 应对应 50201 办公经费（涉及 14285 行，首行 lines[6]）");
        assertThat(millis).as("milliseconds for four rules over %d lines", LINES).isLessThan(500);
    }

    private static List<Finding> run(List<BudgetRule> rules, BudgetContext context) {
        Findings findings = new Findings();
        rules.forEach(rule -> rule.check(context, findings));
        return findings.toList();
    }

    private static Budget largeBudget() {
        CodeBudgets.Builder builder = CodeBudgets.year(2023).unit("310001", UnitKind.ADMINISTRATIVE);
        for (int i = 0; i < LINES; i++) {
            String[] p = PAIRS[i % PAIRS.length];
            // fresh String instances, as a JSON reader would produce
            builder.line(CodeBudgets.line("310001", new String(p[0]), copy(p[1]), new String(p[2]), copy(p[3]),
                    new String(p[4]), copy(p[5]), FundSource.GENERAL_PUBLIC_BUDGET));
        }
        return builder.build();
    }

    private static String copy(String s) {
        return s == null ? null : new String(s);
    }
}
