package org.budgetflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.district.BundledDistrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code book BUDGET_DIR --out DIR}: the three files, exit codes, and nothing written on failure. */
class BookCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writes_book_json_book_pdf_and_book_xlsx_for_a_folder_of_budgets_and_exits_with_zero() throws IOException {
        Path budgets = bundled("102.json", "101.json", "601.json", "index.json", "book-findings.json");
        Path target = dir.resolve("book");

        int exit = run("book", budgets.toString(), "--out", target.toString());

        assertThat(exit).isZero();
        assertThat(stderr()).isEmpty();
        assertThat(names(target)).containsExactly("book.json", "book.pdf", "book.xlsx");
        JsonNode book = new JsonMapper().readTree(target.resolve("book.json").toFile());
        assertThat(book.get("year").asInt()).isEqualTo(2024);
        assertThat(book.get("departments")).extracting(d -> d.get("code").asText()).containsExactly("101", "102", "601");
        assertThat(book.get("departments").get(0).get("预算情况").get("部门预算总额").asText()).isEqualTo("7395500.00");
        assertThat(Files.readString(target.resolve("book.pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(stdout()).contains("已生成 2024年区级部门预算绩效目标表：部门 3 个，项目 75 个")
                .contains("book.json、book.pdf、book.xlsx");
        assertThat(names(dir)).containsExactlyInAnyOrder("budgets", "book");
    }

    @Test
    void exits_with_two_naming_the_file_that_is_not_a_budget_and_writes_nothing() throws IOException {
        Path budgets = bundled("101.json", "102.json");
        Files.writeString(budgets.resolve("103.json"), "{\"format\": \"budgetflow/budget-v1\", \"year\": ");
        Path target = dir.resolve("book");

        int exit = run("book", budgets.toString(), "--out", target.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().lines()).singleElement().asString().startsWith("无法读取预算文件 103.json：")
                .endsWith("未生成绩效目标表");
        assertThat(target).doesNotExist();
        assertThat(names(dir)).containsExactly("budgets");
    }

    @Test
    void exits_with_two_when_the_folder_holds_no_budget() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        int exit = run("book", empty.toString(), "--out", dir.resolve("book").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("中没有 budget-v1 预算文件");
        assertThat(dir.resolve("book")).doesNotExist();
    }

    @Test
    void exits_with_two_when_two_files_hold_the_same_department() throws IOException {
        Path budgets = bundled("101.json");
        Files.copy(budgets.resolve("101.json"), budgets.resolve("101-copy.json"));

        int exit = run("book", budgets.toString(), "--out", dir.resolve("book").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("部门 101 同时出现在 101-copy.json 和 101.json 中");
    }

    @Test
    void exits_with_two_when_the_folder_does_not_exist_or_the_output_is_missing() {
        assertThat(run("book", dir.resolve("nothing").toString(), "--out", dir.resolve("book").toString())).isEqualTo(2);
        assertThat(stderr()).contains("无法读取预算目录");
        assertThat(run("book", dir.toString())).isEqualTo(2);
        assertThat(stderr()).contains("缺少选项 --out");
    }

    @Test
    void is_listed_in_the_usage_text() {
        Cli.run(new String[] {"help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(stdout()).contains("book BUDGET_DIR --out DIR");
    }

    private Path bundled(String... names) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("budgets"));
        for (String name : names) {
            try (InputStream in = BundledDistrict.open(name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
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
