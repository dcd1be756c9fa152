package org.budgetflow.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.ClassificationYear;
import org.junit.jupiter.api.Test;

/** The synthesis tables are complete and agree with the bundled code lists and mapping. */
class SynthesisTablesTest {
    private final SynthesisTables tables = SynthesisTables.loadDefault();
    private final ClassificationYear codes = ClassificationCatalog.loadDefault().forYear(2024);

    @Test
    void every_functional_code_of_the_tables_has_a_name_that_agrees_with_the_code_list() {
        List<String> used = new ArrayList<>();
        for (SynthesisTables.DepartmentKind k : tables.departmentKinds()) {
            used.addAll(List.of(k.basicAdministrative(), k.otherOperating(), k.specificPurpose()));
            if (!k.basicInstitution().isEmpty()) {
                used.add(k.basicInstitution());
            }
        }
        for (SynthesisTables.BasicShare s : tables.basicShares()) {
            s.function(UnitKind.ADMINISTRATIVE).ifPresent(used::add);
            s.function(UnitKind.PUBLIC_INSTITUTION).ifPresent(used::add);
        }
        for (String code : used) {
            assertThat(code).matches("[0-9]{7}");
            assertThat(codes.functionCodes().name(code).or(() -> tables.functionName(code))).as(code).isPresent();
        }
        for (Map.Entry<String, String> e : tables.functionNames().entrySet()) {
            codes.functionCodes().name(e.getKey()).ifPresent(official ->
                    assertThat(e.getValue()).as(e.getKey()).isEqualTo(official));
        }
    }

    @Test
    void every_economic_code_of_the_tables_maps_to_a_government_code_for_both_unit_kinds() {
        List<String> used = new ArrayList<>();
        tables.basicShares().forEach(s -> used.add(s.deptEconCode()));
        tables.economicRules().forEach(r -> used.add(r.deptEconCode()));
        for (String code : used) {
            assertThat(codes.deptEconomicCodes().contains(code)).as(code).isTrue();
            for (UnitKind kind : UnitKind.values()) {
                assertThat(codes.economicMapping().allowed(code, kind)).as(code + " " + kind).isNotEmpty();
            }
        }
    }

    @Test
    void basic_shares_are_four_fifths_personnel_and_fit_their_categories() {
        int personnel = tables.basicShares().stream().filter(s -> s.category() == ExpenditureCategory.PERSONNEL)
                .mapToInt(SynthesisTables.BasicShare::perMille).sum();
        assertThat(personnel).isEqualTo(800);
        assertThat(tables.basicShares()).allMatch(s -> s.category() == ExpenditureCategory.PERSONNEL
                ? s.deptEconCode().startsWith("301") || s.deptEconCode().startsWith("303")
                : s.deptEconCode().startsWith("302"));
    }

    @Test
    void classifies_departments_and_units_by_the_first_keyword_that_matches() {
        assertThat(tables.departmentKind("洛阳市西工区人民代表大会常务委员会办公室").kind()).isEqualTo("人大");
        assertThat(tables.departmentKind("中国共产党洛阳市西工区委员会办公室").kind()).isEqualTo("党委办事机构");
        assertThat(tables.departmentKind("洛阳市西工区科学技术协会").kind()).isEqualTo("群团");
        assertThat(tables.departmentKind("洛阳市西工区残疾人联合会").kind()).isEqualTo("残疾人");
        assertThat(tables.departmentKind("洛阳市西工区教育体育局").basicAdministrative()).isEqualTo("2050101");
        assertThat(tables.departmentKind("某某不认识的机构").kind()).isEqualTo("政府办事机构");
        assertThat(tables.unitKind("洛阳市西工区实验小学")).isEqualTo(UnitKind.PUBLIC_INSTITUTION);
        assertThat(tables.unitKind("洛阳市西工区卫生健康执法大队")).isEqualTo(UnitKind.ADMINISTRATIVE);
        assertThat(tables.unitKind("洛阳市西工区金谷园街道办事处")).isEqualTo(UnitKind.ADMINISTRATIVE);
        assertThat(tables.unitKind("洛阳市西工区统计局")).isEqualTo(UnitKind.ADMINISTRATIVE);
    }

    @Test
    void picks_a_projects_economic_code_by_name_before_falling_back_to_its_type() {
        assertThat(tables.projectEconomicCode(ProjectType.OTHER_OPERATING, "办公经费-差旅费")).isEqualTo("30211");
        assertThat(tables.projectEconomicCode(ProjectType.OTHER_OPERATING, "某某工作经费")).isEqualTo("30299");
        assertThat(tables.projectEconomicCode(ProjectType.SPECIFIC_PURPOSE, "某某工作经费")).isEqualTo("30227");
    }

    @Test
    void refuses_shares_that_do_not_add_up_to_one_thousand_per_mille() {
        var shares = List.of(new SynthesisTables.BasicShare(ExpenditureCategory.PERSONNEL, "30101", 999, "", ""));
        assertThatThrownBy(() -> new SynthesisTables(tables.departmentKinds(), List.of(
                new SynthesisTables.UnitKindRule(List.of("*"), UnitKind.ADMINISTRATIVE)), shares,
                tables.economicRules(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }
}
