package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.CodeBudgets;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class ClassificationCodeRuleTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.loadDefault();
    private final ClassificationCodeRule rule = new ClassificationCodeRule(CATALOG);

    @Test
    void accepts_known_codes_with_their_official_names() {
        Budget budget = admin(2023)
                .line(CodeBudgets.line("310001", "2080505", "机关事业单位基本养老保险缴费支出", "30108",
                        "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", FundSource.GENERAL_PUBLIC_BUDGET))
                .line("310001", "2120101", "30201", "50201")
                .build();

        assertThat(check(budget)).isEmpty();
    }

    @Test
    void warns_once_about_an_item_missing_from_the_partial_list_with_its_line_count() {
        Budget budget = admin(2023)
                .line("310001", "2120101", "30201", "50201")
                .line("310001", "2120105", "30201", "50201")
                .line("310001", "2120105", "30202", "50201")
                .line("310001", "2120105", "30201", "50201")
                .build();

        List<Finding> findings = check(budget);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("C1");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("lines[1].functionCode");
            assertThat(f.message()).isEqualTo(
                    "功能分类 2120105 不在 2023 年支出功能分类科目（部分）中，请核实或补充代码表（涉及 3 行，首行 lines[1]）");
        });
    }

    @Test
    void reports_a_function_class_missing_from_the_complete_class_list_as_an_error() {
        Budget budget = admin(2023).line("310001", "2251399", "30201", "50201").build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("功能分类 2251399 的类 225 不在 2023 年支出功能分类科目中（");
        });
    }

    @Test
    void warns_about_the_highest_missing_level_only() {
        Budget budget = admin(2023).line("310001", "2031399", "30201", "50201").build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("功能分类 2031399 的款 20313 不在 2023 年支出功能分类科目（部分）中，请核实或补充代码表");
        });
    }

    @Test
    void reports_a_code_in_a_list_marked_complete_as_an_error() {
        ClassificationCatalog complete = CompleteCatalogs.withAllListsComplete();
        Budget budget = admin(2023).line("310001", "2120105", "30201", "50201").build();

        List<Finding> findings = check(new ClassificationCodeRule(complete), budget);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("功能分类 2120105 不在 2023 年支出功能分类科目中");
        });
    }

    @Test
    void reports_an_economic_code_of_the_wrong_list_as_an_error() {
        Budget budget = admin(2023).line("310001", "2120101", "50201", "30201").build();

        List<Finding> findings = check(budget);

        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(findings).extracting(Finding::location)
                .containsExactlyInAnyOrder("lines[0].deptEconCode", "lines[0].govEconCode");
        assertThat(findings).extracting(Finding::message).anySatisfy(m -> assertThat(m)
                .startsWith("部门经济分类 50201 的类 502 不在 2023 年部门预算支出经济分类科目中"));
    }

    @Test
    void reports_a_malformed_code_as_an_error() {
        Budget budget = admin(2023).line("310001", "212011", "30201", "50201").build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("功能分类编码“212011”不是 7 位数字");
        });
    }

    @Test
    void warns_about_a_printed_name_that_differs_and_names_both() {
        Budget budget = admin(2023)
                .line(CodeBudgets.line("310001", "2080505", "机关事业单位养老保险缴费支出", "30213", "维修(护)费",
                        "50209", "维修（护）费", FundSource.GENERAL_PUBLIC_BUDGET))
                .build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("lines[0].functionName");
            assertThat(f.message()).contains("“机关事业单位养老保险缴费支出”").contains("“机关事业单位基本养老保险缴费支出”");
        });
    }

    @Test
    void checks_names_against_the_list_of_the_budget_year() {
        Budget old = admin(2018)
                .line(CodeBudgets.line("310001", "2101101", "行政单位医疗", "30110", null, "50102", null,
                        FundSource.GENERAL_PUBLIC_BUDGET))
                .build();

        assertThat(check(old)).isEmpty();
    }

    @Test
    void warns_once_when_the_catalog_has_no_data_for_the_year() {
        Budget budget = admin(2017).line("310001", "2120101", "30201", "50201").build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("没有 2017 年");
        });
    }

    private static CodeBudgets.Builder admin(int year) {
        return CodeBudgets.year(year).unit("310001", UnitKind.ADMINISTRATIVE);
    }

    private List<Finding> check(Budget budget) {
        return check(rule, budget);
    }

    static List<Finding> check(org.budgetflow.validation.BudgetRule rule, Budget budget) {
        Findings findings = new Findings();
        rule.check(new BudgetContext(budget), findings);
        return findings.toList();
    }
}
