package org.budgetflow.workflow.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The congress's returnDepartments as the Java API, the REST API and Tasklist's checklist send it. */
class DepartmentCodesTest {

    @Test
    void reads_a_java_list_a_json_array_and_a_comma_separated_string() {
        assertThat(DepartmentCodes.from(List.of("310", " 311 ", "310"))).containsExactly("310", "311");
        assertThat(DepartmentCodes.from("[\"311\", \"101\"]")).containsExactly("311", "101");
        assertThat(DepartmentCodes.from("[{\"label\": \"311 医保局\", \"value\": \"311\"}]")).containsExactly("311");
        assertThat(DepartmentCodes.from("310，311、101")).containsExactly("310", "311", "101");
    }

    @Test
    void reads_nothing_as_an_empty_list() {
        assertThat(DepartmentCodes.from(null)).isEmpty();
        assertThat(DepartmentCodes.from("")).isEmpty();
        assertThat(DepartmentCodes.from(List.of())).isEmpty();
    }

    @Test
    void refuses_a_broken_json_array_in_chinese() {
        assertThatThrownBy(() -> DepartmentCodes.from("[\"310\"")).hasMessageContaining("退回部门列表无法识别");
    }
}
