package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.CodeBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class FunctionScopeRuleTest {
    private final FunctionScopeRule rule = new FunctionScopeRule(ClassificationCatalog.loadDefault());

    @Test
    void accepts_fund_money_on_a_fund_item_and_general_money_on_an_open_item() {
        Budget budget = budget()
                .line(line("2290402", FundSource.GOVERNMENT_FUND))
                .line(line("2120101", FundSource.GENERAL_PUBLIC_BUDGET))
                .line(line("2120101", FundSource.GOVERNMENT_FUND))
                .build();

        assertThat(check(budget)).isEmpty();
    }

    @Test
    void reports_general_public_budget_money_on_a_government_fund_item_once() {
        Budget budget = budget()
                .line(line("2290402", FundSource.GENERAL_PUBLIC_BUDGET))
                .line(line("2290402", FundSource.GENERAL_PUBLIC_BUDGET))
                .build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("C4");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("lines[0].fundSource");
            assertThat(f.message()).isEqualTo("功能分类 2290402 其他地方自行试点项目收益专项债券收入安排的支出 只能使用政府性基金预算资金，"
                    + "本行资金来源为一般公共预算（表05 一般公共预算支出表将列出该科目，见 V17）（涉及 2 行，首行 lines[0]）");
        });
    }

    @Test
    void reports_fund_money_on_a_state_capital_item_even_when_the_item_is_not_listed() {
        Budget budget = budget().line(line("2230188", FundSource.GOVERNMENT_FUND)).build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("功能分类 2230188 只能使用国有资本经营预算资金，本行资金来源为政府性基金预算");
        });
    }

    @Test
    void warns_about_unit_money_on_a_fund_item() {
        Budget budget = budget().line(line("2290402", FundSource.BUSINESS_INCOME)).build();

        assertThat(check(budget)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    private static CodeBudgets.Builder budget() {
        return CodeBudgets.year(2023).unit("310001", UnitKind.ADMINISTRATIVE);
    }

    private static org.budgetflow.budget.Line line(String functionCode, FundSource source) {
        return CodeBudgets.line("310001", functionCode, null, "30905", null, "50402", null, source);
    }

    private List<Finding> check(Budget budget) {
        return ClassificationCodeRuleTest.check(rule, budget);
    }
}
