package org.budgetflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void validates_the_worked_example_without_errors() {
        int exit = run("validate", SharedExamples.workedExampleBudget().toString());

        assertThat(exit).isZero();
        assertThat(stdout()).contains("预算校验：洛阳市西工区社区治理和服务创新办公室 2023 年部门预算").contains("错误 0 项");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void prints_findings_as_json_on_request() throws Exception {
        int exit = run("validate", SharedExamples.workedExampleBudget().toString(), "--format", "json");

        JsonNode json = new JsonMapper().readTree(stdout());
        assertThat(exit).isZero();
        assertThat(json.get("findings").isArray()).isTrue();
        json.get("findings").forEach(f -> assertThat(f.fieldNames()).toIterable()
                .containsExactly("rule", "severity", "message", "location"));
    }

    @Test
    void exits_with_two_and_one_line_on_a_truncated_file() throws Exception {
        byte[] whole = Files.readAllBytes(SharedExamples.workedExampleBudget());
        Path truncated = dir.resolve("truncated.json");
        Files.write(truncated, java.util.Arrays.copyOf(whole, 500));

        int exit = run("validate", truncated.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().lines()).singleElement().asString().startsWith("无法读取预算文件：JSON 不完整");
        assertThat(stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void exits_with_two_naming_the_field_of_a_malformed_document() throws Exception {
        String text = Files.readString(SharedExamples.workedExampleBudget()).replace("\"8.33\"", "\"8.333\"");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);

        int exit = run("validate", bad.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("lines[0].amount").contains("8.333");
    }

    @Test
    void exits_with_two_on_a_wrong_command_line() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(stderr()).contains("用法错误：缺少预算文件");
        assertThat(run("validate", "a.json", "--format", "xml")).isEqualTo(2);
        assertThat(run("validate", "a.json", "--colour", "red")).isEqualTo(2);
    }

    @Test
    void audits_the_worked_example_disclosure_and_reports_its_table_04_contradiction() {
        int exit = run("audit", SharedExamples.workedExampleDisclosure().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("公开审查：洛阳市西工区社区治理和服务创新办公室 2023 年部门预算公开")
                .contains("[错误] V16 表04 二、年终结转结余 合计 5140.50 ≠ 表01 年终结转结余 0.00")
                .contains("表04 （十二）城乡社区事务支出（212）一般公共预算 134.50 ≠ 表05 212 类合计 173.00")
                .contains("[错误] V22");
    }

    @Test
    void audit_exits_with_two_on_a_budget_file_instead_of_a_disclosure() {
        int exit = run("audit", SharedExamples.workedExampleBudget().toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().lines()).singleElement().asString().startsWith("无法读取公开文件：");
    }

    @Test
    void recognises_only_its_own_verbs() {
        assertThat(Cli.handles(new String[] {"validate", "x"})).isTrue();
        assertThat(Cli.handles(new String[] {"--spring.profiles.active=postgres"})).isFalse();
        assertThat(Cli.handles(new String[0])).isFalse();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
