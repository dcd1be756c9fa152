package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;

/** The template's 功能类 labels (resource data) for tables 01 and 04. */
class FunctionClassesTest {
    private final FunctionClasses classes = FunctionClasses.loadDefault();

    @Test
    void the_template_prints_thirty_classes_without_218_225_226_and_228() {
        assertThat(classes.template()).hasSize(30);
        assertThat(classes.template()).extracting(FunctionClass::code)
                .doesNotContain("218", "225", "226", "228")
                .startsWith("201").endsWith("234");
    }

    @Test
    void the_labels_are_those_of_the_published_template() throws Exception {
        JsonNode tables = new JsonMapper().readTree(SharedExamples.workedExampleDisclosure().toFile()).path("tables");
        List<String> published01 = new ArrayList<>();
        tables.path("01").path("expenditure").forEach(r -> published01.add(r.path("item").asText()));
        List<String> published04 = new ArrayList<>();
        tables.path("04").path("expenditure").forEach(r -> {
            if (r.path("classCode").isTextual()) {
                published04.add(r.path("item").asText());
            }
        });

        assertThat(classes.template()).extracting(FunctionClass::label01).containsExactlyElementsOf(published01);
        assertThat(classes.template()).extracting(FunctionClass::label04)
                .filteredOn(label -> !label.equals("（九）社会保险基金支出"))
                .containsExactlyElementsOf(published04);
    }

    @Test
    void table_04_prints_the_current_name_of_class_209_not_the_stale_one() {
        assertThat(classes.template()).filteredOn(c -> c.code().equals("209")).singleElement()
                .extracting(FunctionClass::label04).isEqualTo("（九）社会保险基金支出");
    }

    @Test
    void a_label_whose_ordinal_is_not_the_class_code_minus_200_is_rejected() {
        assertThatThrownBy(() -> new FunctionClasses(List.of(new FunctionClass("212", "十一、城乡社区事务",
                "（十一）城乡社区事务支出"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("十二");
    }

    @Test
    void a_class_the_template_omits_is_added_in_code_order_with_its_ordinal_and_code_list_name() {
        List<FunctionClass> rows = classes.covering(Set.of("218", "212"), code -> code.equals("218") ? "测试类" : null);

        assertThat(rows).hasSize(31);
        assertThat(rows).extracting(FunctionClass::code).containsSubsequence("217", "218", "219");
        assertThat(rows).filteredOn(c -> c.code().equals("218")).singleElement()
                .extracting(FunctionClass::label01, FunctionClass::label04)
                .containsExactly("十八、测试类", "（十八）测试类");
    }
}
