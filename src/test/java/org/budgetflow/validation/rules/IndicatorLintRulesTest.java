package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.validation.BudgetRule;
import org.junit.jupiter.api.Test;

class IndicatorLintRulesTest {

    @Test
    void creates_the_ten_lint_rules_in_the_order_of_their_ids() {
        List<BudgetRule> rules = IndicatorLintRules.create();

        assertThat(rules).extracting(BudgetRule::id)
                .containsExactly("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10");
        assertThat(rules).allSatisfy(r -> assertThat(r.title()).isNotBlank());
    }
}
