package org.budgetflow.validation.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.budgetflow.validation.indicator.LintReferenceData.SubjectGroup;
import org.junit.jupiter.api.Test;

class LintReferenceDataTest {

    @Test
    void loads_the_shipped_lists_from_the_classpath() {
        LintReferenceData data = LintReferenceData.load();

        assertThat(data.capTerms()).contains("成本", "时间", "时限", "差错", "投诉", "事故", "发生", "超支");
        assertThat(data.subjectGroups()).extracting(SubjectGroup::label).contains("棚户区", "老旧小区", "电梯", "学校", "医院");
        assertThat(data.misspellings()).containsEntry("父爱率", "覆盖率");
        assertThat(data.capTerms()).noneMatch(t -> t.startsWith("#") || t.isBlank());
    }

    @Test
    void reads_a_subject_group_with_the_groups_it_covers() {
        List<SubjectGroup> groups = LintReferenceData.parseGroups(List.of("老旧小区 = 老旧小区 旧改 | 电梯 道路"));

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.label()).isEqualTo("老旧小区");
            assertThat(g.terms()).containsExactly("老旧小区", "旧改");
            assertThat(g.covers()).containsExactlyInAnyOrder("电梯", "道路");
            assertThat(g.termIn("西工区2022年老旧小区改造提质工程")).isEqualTo("老旧小区");
            assertThat(g.termIn("党建工作经费")).isNull();
        });
    }

    @Test
    void rejects_a_list_line_without_equals_sign() {
        assertThatThrownBy(() -> LintReferenceData.parseMisspellings(List.of("父爱率 覆盖率")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("父爱率");
        assertThatThrownBy(() -> LintReferenceData.parseGroups(List.of("棚户区 棚改")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
