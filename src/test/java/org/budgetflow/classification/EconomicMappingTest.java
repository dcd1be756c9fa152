package org.budgetflow.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetflow.budget.UnitKind;
import org.junit.jupiter.api.Test;

class EconomicMappingTest {
    private static final EconomicMapping MAPPING = ClassificationCatalog.loadDefault().economicMapping(2023);

    @Test
    void allows_performance_pay_of_an_administrative_unit_on_50101_or_50501() {
        assertThat(MAPPING.check("30107", "50501", UnitKind.ADMINISTRATIVE).verdict()).isEqualTo(MappingVerdict.ALLOWED);
        assertThat(MAPPING.check("30107", "50101", UnitKind.ADMINISTRATIVE).verdict()).isEqualTo(MappingVerdict.ALLOWED);
        assertThat(MAPPING.check("30107", "50101", UnitKind.PUBLIC_INSTITUTION).verdict())
                .isEqualTo(MappingVerdict.NOT_ALLOWED);
    }

    @Test
    void rejects_office_costs_of_an_administrative_unit_on_a_public_institution_subsidy() {
        MappingResult result = MAPPING.check("30201", "50502", UnitKind.ADMINISTRATIVE);

        assertThat(result.verdict()).isEqualTo(MappingVerdict.NOT_ALLOWED);
        assertThat(result.allowed()).containsExactly("50201");
        assertThat(MAPPING.check("30201", "50502", UnitKind.PUBLIC_INSTITUTION).isAllowed()).isTrue();
    }

    @Test
    void maps_capital_spending_by_unit_kind_and_capital_construction() {
        assertThat(MAPPING.allowed("31001", UnitKind.ADMINISTRATIVE)).containsExactly("50301");
        assertThat(MAPPING.allowed("31002", UnitKind.ADMINISTRATIVE)).containsExactly("50306");
        assertThat(MAPPING.allowed("31003", UnitKind.ADMINISTRATIVE)).containsExactly("50306");
        assertThat(MAPPING.allowed("31005", UnitKind.ADMINISTRATIVE)).containsExactly("50302");
        assertThat(MAPPING.allowed("31006", UnitKind.ADMINISTRATIVE)).containsExactly("50307");
        assertThat(MAPPING.allowed("31013", UnitKind.ADMINISTRATIVE)).containsExactly("50303");
        assertThat(MAPPING.allowed("31099", UnitKind.ADMINISTRATIVE)).containsExactly("50399");
        assertThat(MAPPING.allowed("31099", UnitKind.PUBLIC_INSTITUTION)).containsExactly("50601");
        assertThat(MAPPING.allowed("30905", UnitKind.ADMINISTRATIVE)).containsExactly("50402");
        assertThat(MAPPING.allowed("30907", UnitKind.ADMINISTRATIVE)).containsExactly("50404");
        assertThat(MAPPING.allowed("30913", UnitKind.ADMINISTRATIVE)).containsExactly("50403");
        assertThat(MAPPING.allowed("30999", UnitKind.ADMINISTRATIVE)).containsExactly("50499");
        assertThat(MAPPING.allowed("30905", UnitKind.PUBLIC_INSTITUTION)).containsExactly("50602");
    }

    @Test
    void maps_the_three_public_expenses_as_the_guide_lists_them() {
        assertThat(MAPPING.allowed("30212", UnitKind.ADMINISTRATIVE)).containsExactly("50207");
        assertThat(MAPPING.allowed("30217", UnitKind.ADMINISTRATIVE)).containsExactly("50206");
        assertThat(MAPPING.allowed("30231", UnitKind.ADMINISTRATIVE)).containsExactly("50208");
        assertThat(MAPPING.allowed("30231", UnitKind.PUBLIC_INSTITUTION)).containsExactly("50502");
    }

    @Test
    void maps_household_transfers_the_same_for_both_unit_kinds() {
        assertThat(MAPPING.allowed("30302", UnitKind.ADMINISTRATIVE)).containsExactly("50905");
        assertThat(MAPPING.allowed("30302", UnitKind.PUBLIC_INSTITUTION)).containsExactly("50905");
        assertThat(MAPPING.allowed("30305", UnitKind.PUBLIC_INSTITUTION)).containsExactly("50901");
    }

    @Test
    void reports_a_dept_code_without_rule_as_not_covered() {
        MappingResult result = MAPPING.check("30908", "50399", UnitKind.ADMINISTRATIVE);

        assertThat(result.verdict()).isEqualTo(MappingVerdict.NOT_COVERED);
        assertThat(result.allowed()).isEmpty();
        assertThat(MAPPING.covers("30908", UnitKind.PUBLIC_INSTITUTION)).isTrue();
    }

    @Test
    void covers_every_dept_code_for_public_institutions_except_the_unclear_household_transfers() {
        CodeList dept = ClassificationCatalog.loadDefault().deptEconomicCodes(2023);

        assertThat(dept.codes(CodeLevel.SECTION))
                .map(ClassificationCode::code)
                .filteredOn(code -> !MAPPING.covers(code, UnitKind.PUBLIC_INSTITUTION))
                .containsExactlyInAnyOrder("30303", "30307", "30309");
    }
}
