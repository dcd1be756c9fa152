package org.budgetflow.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.identity.Department;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;

/** The demo department list is the 2024 district book's departments (601 included, 806 财政专户 excluded). */
class DemoDepartmentsTest {

    @Test
    void lists_the_books_departments_with_601_and_without_the_special_account_806() throws IOException {
        Map<String, String> book = new TreeMap<>();
        JsonNode projects = new JsonMapper().readTree(
                SharedExamples.shared().resolve("examples/xigong-2024-performance-book/projects.json").toFile());
        projects.forEach(p -> book.put(p.get("departmentCode").asText(), p.get("departmentName").asText()));
        book.remove("806");

        List<Department> demo = DemoDepartments.load();

        assertThat(demo).hasSize(54);
        assertThat(demo).extracting(Department::code).doesNotHaveDuplicates().doesNotContain("806");
        assertThat(demo).containsExactlyInAnyOrderElementsOf(
                book.entrySet().stream().map(e -> new Department(e.getKey(), e.getValue())).toList());
        assertThat(demo).contains(new Department("310", "洛阳市西工区社区治理和服务创新办公室"),
                new Department("601", "洛阳市西工区农业农村局"));
    }

    @Test
    void the_books_overall_tables_name_every_demo_department_except_601() throws IOException {
        JsonNode overall = new JsonMapper().readTree(
                SharedExamples.shared().resolve("examples/xigong-2024-performance-book/departments.json").toFile());
        List<String> names = new java.util.ArrayList<>();
        overall.forEach(d -> names.add(d.get("name").asText()));

        List<String> demoNames = DemoDepartments.load().stream()
                .filter(d -> !d.code().equals("601")).map(Department::name).toList();

        assertThat(demoNames).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void skips_comments_and_the_header_line() throws IOException {
        String csv = "# source\ncode,name\n\n310,社区办\n# more\n101, 人大办 \n";

        List<Department> parsed = DemoDepartments.parse(new BufferedReader(new StringReader(csv)));

        assertThat(parsed).containsExactly(new Department("310", "社区办"), new Department("101", "人大办"));
    }

    @Test
    void refuses_a_line_without_a_name() {
        String csv = "code,name\n310\n";

        assertThatThrownBy(() -> DemoDepartments.parse(new BufferedReader(new StringReader(csv))))
                .hasMessageContaining("line 2");
    }
}
