package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.testing.CodeBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class EconomicMappingRuleTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.loadDefault();
    private final EconomicMappingRule rule = new EconomicMappingRule(CATALOG);

    @Test
    void accepts_pairs_the_mapping_allows_for_each_unit_kind() {
        Budget budget = CodeBudgets.year(2023)
                .unit("310001", UnitKind.ADMINISTRATIVE)
                .unit("310002", UnitKind.PUBLIC_INSTITUTION)
                .line("310001", "2120101", "30107", "50501")
                .line("310001", "2120101", "30107", "50101")
                .line("310001", "2120101", "31002", "50306")
                .line("310002", "2120101", "30201", "50502")
                .line("310002", "2120101", "31002", "50601")
                .build();

        assertThat(check(budget)).isEmpty();
    }

    @Test
    void reports_a_public_institution_code_in_an_administrative_unit_once_with_the_allowed_code() {
        Budget budget = CodeBudgets.year(2023)
                .unit("310001", "某某局", UnitKind.ADMINISTRATIVE)
                .line("310001", "2120101", "30201", "50201")
                .line("310001", "2120101", "30201", "50502")
                .line("310001", "2120101", "30201", "50502")
                .build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("C2");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo("lines[1].govEconCode");
            assertThat(f.message()).isEqualTo("单位 310001 某某局（行政单位）：部门经济分类 30201 办公费 对应政府经济分类 "
                    + "50502 商品和服务支出，不符合 2023 年对应规则：行政单位的 30201 应对应 50201 办公经费（涉及 2 行，首行 lines[1]）");
        });
    }

    @Test
    void names_several_units_of_one_kind_in_one_finding() {
        Budget budget = CodeBudgets.year(2023)
                .unit("310002", "甲中心", UnitKind.PUBLIC_INSTITUTION)
                .unit("310003", "乙中心", UnitKind.PUBLIC_INSTITUTION)
                .line("310002", "2120101", "30101", "50101")
                .line("310003", "2120101", "30101", "50101")
                .build();

        assertThat(check(budget)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("单位 310002 甲中心、310003 乙中心（事业单位）：")
                .contains("应对应 50501 工资福利支出"));
    }

    @Test
    void warns_about_a_dept_code_the_mapping_does_not_cover() {
        Budget budget = CodeBudgets.year(2023)
                .unit("310001", UnitKind.ADMINISTRATIVE)
                .line("310001", "2120101", "30908", "50499")
                .build();

        assertThat(check(budget)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("对应规则未覆盖行政单位的部门经济分类 30908");
        });
    }

    @Test
    void leaves_unknown_dept_codes_and_unknown_units_to_other_rules() {
        Budget budget = CodeBudgets.year(2023)
                .unit("310001", UnitKind.ADMINISTRATIVE)
                .line("310001", "2120101", "30198", "50199")
                .line("310009", "2120101", "30201", "50502")
                .build();

        assertThat(check(budget)).isEmpty();
    }

    private List<Finding> check(Budget budget) {
        return ClassificationCodeRuleTest.check(rule, budget);
    }
}
