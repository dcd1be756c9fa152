package org.budgetflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.testing.DistrictBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDistrictCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writes_one_document_per_department_and_the_book_findings_and_exits_with_zero() throws Exception {
        Path target = dir.resolve("district");

        int exit = run("demo-district", "--out", target.toString(), "--book", DistrictBooks.realBookDir().toString());

        assertThat(exit).isZero();
        assertThat(stderr()).isEmpty();
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(56).contains("101.json", "601.json", "index.json", "book-findings.json")
                    .doesNotContain("806.json");
        }
        assertThat(new BudgetJsonReader().read(target.resolve("290.json")).projects()).hasSize(147);
        JsonNode findings = new JsonMapper().readTree(target.resolve("book-findings.json").toFile());
        assertThat(findings.path("summary").path("unattributedProjects").asInt()).isEqualTo(6);
        assertThat(stdout()).contains("部门 54 个（其中有部门整体绩效目标表的 53 个），项目 1061 个")
                .contains("未归属部门的项目 6 个，合计 251,515,400 元（25151.54 万元）")
                .contains("[警告] D2 部门 601 洛阳市西工区农业农村局");
    }

    @Test
    void exits_with_two_and_one_line_when_the_book_folder_is_missing() {
        int exit = run("demo-district", "--out", dir.toString(), "--book", dir.resolve("nothing").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().lines()).singleElement().asString().startsWith("无法读取绩效目标表数据：");
    }

    @Test
    void exits_with_two_when_the_output_folder_is_not_given() {
        int exit = run("demo-district");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("缺少选项 --out");
    }

    private int run(String... args) {
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
