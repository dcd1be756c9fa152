package org.budgetflow.budget.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;

class BudgetJsonReaderTest {
    private final BudgetJsonReader reader = new BudgetJsonReader();

    @Test
    void reads_the_worked_example_with_every_section() {
        Budget budget = reader.read(SharedExamples.workedExampleBudget());

        assertThat(budget.year()).isEqualTo(2023);
        assertThat(budget.department().code()).isEqualTo("310");
        assertThat(budget.units()).singleElement().satisfies(u -> assertThat(u.kind()).isEqualTo(UnitKind.ADMINISTRATIVE));
        assertThat(budget.lines()).hasSize(23);
        assertThat(budget.projects()).hasSize(9);
        assertThat(budget.income()).extracting(f -> f.fundSource()).contains(FundSource.GOVERNMENT_FUND);
        assertThat(budget.lines().get(0).category()).isEqualTo(ExpenditureCategory.PERSONNEL);
        assertThat(budget.lines().stream().map(l -> l.amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("5301.42");
        assertThat(budget.income().get(0).appropriation()).as("appropriation defaults to true").isTrue();
        assertThat(budget.priorYear().total()).isEqualByComparingTo("16122.60");
        assertThat(budget.priorYear().stateCapital()).as("null means no comparison stated").isNull();
        assertThat(budget.departmentPerformance().indicators()).isNotEmpty();
    }

    @Test
    void writes_a_budget_back_to_an_equal_budget() {
        Budget budget = reader.read(SharedExamples.workedExampleBudget());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BudgetJsonWriter().write(budget, out);

        Budget again = reader.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(again).isEqualTo(budget);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"amount\" : \"8.33\"");
    }

    @Test
    void writes_a_budget_without_optional_sections_so_that_it_reads_back() {
        Budget budget = org.budgetflow.testing.SyntheticBudgets.large(50);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BudgetJsonWriter().write(budget, out);

        Budget again = reader.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(again).isEqualTo(budget);
    }

    @Test
    void keeps_the_shipped_schema_identical_to_the_published_contract() throws Exception {
        Path published = SharedExamples.shared().resolve("contract/budget-v1.schema.json");
        try (var shipped = BudgetJsonReader.class.getResourceAsStream("/contract/budget-v1.schema.json")) {
            assertThat(Arrays.equals(shipped.readAllBytes(), Files.readAllBytes(published))).isTrue();
        }
    }

    @Test
    void rejects_truncated_json_naming_the_line_and_column() {
        byte[] whole = SharedExamples.bytes(SharedExamples.workedExampleTree());
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(truncated)))
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("JSON 不完整")
                .hasMessageContaining("行");
    }

    @Test
    void rejects_text_that_is_not_json() {
        assertThatThrownBy(() -> read("hello"))
                .isInstanceOf(BudgetFormatException.class).hasMessageContaining("JSON 语法错误");
    }

    @Test
    void rejects_an_empty_file() {
        assertThatThrownBy(() -> read("")).isInstanceOf(BudgetFormatException.class).hasMessageContaining("文件为空");
    }

    @Test
    void names_a_field_of_the_wrong_type() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        tree.put("year", "2023");

        assertThat(errorsOf(tree)).containsExactly(new FieldError("year", "应为整数，实际为字符串 \"2023\""));
    }

    @Test
    void names_an_unknown_enumeration_value() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        line(tree, 2).put("category", "SALARY");

        assertThat(errorsOf(tree)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("lines[2].category");
            assertThat(e.message()).contains("\"SALARY\"").contains("PERSONNEL");
        });
    }

    @Test
    void names_an_amount_with_three_decimals() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        line(tree, 0).put("amount", "8.333");

        assertThat(errorsOf(tree)).containsExactly(
                new FieldError("lines[0].amount", "金额应为两位小数的字符串（如 \"8.33\"，单位万元），实际为 \"8.333\""));
    }

    @Test
    void names_an_amount_written_as_a_number() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        line(tree, 0).put("amount", new BigDecimal("8.33"));

        assertThat(errorsOf(tree)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("lines[0].amount");
            assertThat(e.message()).startsWith("应为字符串，实际为数字");
        });
    }

    @Test
    void names_every_missing_required_field() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        line(tree, 1).remove("amount");
        tree.remove("units");

        assertThat(errorsOf(tree)).extracting(FieldError::field).containsExactlyInAnyOrder("units", "lines[1].amount");
        assertThat(errorsOf(tree)).allSatisfy(e -> assertThat(e.message()).isEqualTo("缺少必填字段"));
    }

    @Test
    void names_a_field_the_contract_does_not_have() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        line(tree, 0).put("amout", "1.00");

        assertThat(errorsOf(tree)).extracting(FieldError::field).containsExactly("lines[0].amout");
    }

    @Test
    void names_a_wrong_format_and_a_malformed_code() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        tree.put("format", "budgetflow/budget-v2");
        line(tree, 0).put("functionCode", "208055");

        assertThat(errorsOf(tree)).extracting(FieldError::field).containsExactly("format", "lines[0].functionCode");
    }

    @Test
    void rejects_a_duplicated_field() {
        assertThatThrownBy(() -> read("{\"year\": 2023, \"year\": 2024}"))
                .isInstanceOf(BudgetFormatException.class).hasMessageContaining("字段重复");
    }

    @Test
    void reads_a_negative_amount_so_that_the_validator_can_report_it() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        line(tree, 0).put("amount", "-8.33");

        Budget budget = reader.read(new ByteArrayInputStream(SharedExamples.bytes(tree)));

        assertThat(budget.lines().get(0).amount()).isEqualByComparingTo("-8.33");
    }

    @Test
    void reports_a_missing_file_clearly() {
        assertThatThrownBy(() -> reader.read(Path.of("no-such-budget.json")))
                .isInstanceOf(BudgetFormatException.class).hasMessageContaining("文件不存在");
    }

    private static ObjectNode line(ObjectNode tree, int index) {
        return (ObjectNode) ((ArrayNode) tree.get("lines")).get(index);
    }

    private java.util.List<FieldError> errorsOf(ObjectNode tree) {
        try {
            reader.read(new ByteArrayInputStream(SharedExamples.bytes(tree)));
        } catch (BudgetFormatException e) {
            return e.errors();
        }
        throw new AssertionError("expected the document to be rejected");
    }

    private Budget read(String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
