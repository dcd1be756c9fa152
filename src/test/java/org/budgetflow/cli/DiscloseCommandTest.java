package org.budgetflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.disclosure.CatalogCodeNames;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.DisclosureJsonWriter;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.DisclosureRenderer;
import org.budgetflow.disclosure.render.JsonRenderer;
import org.budgetflow.testing.RenderBudgets;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code disclose BUDGET.json --out DIR}: exit codes, the files written, and nothing written on failure. */
class DiscloseCommandTest {
    private static final List<String> CSV_FILES =
            IntStream.rangeClosed(1, 13).mapToObj(i -> String.format("table-%02d.csv", i)).toList();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writes_every_published_form_and_one_csv_per_table_for_the_worked_example_and_exits_with_zero() {
        Path target = dir.resolve("out");

        int exit = run("disclose", SharedExamples.workedExampleBudget().toString(), "--out", target.toString());

        assertThat(exit).isZero();
        assertThat(names(target)).containsExactly("csv", "disclosure.html", "disclosure.json", "disclosure.pdf", "disclosure.xlsx");
        assertThat(names(target.resolve("csv"))).containsExactlyElementsOf(CSV_FILES);
        assertThat(stdout()).contains("已生成").contains("disclosure.json、disclosure.html、disclosure.pdf、disclosure.xlsx、csv");
        assertThat(stderr().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("预算校验：洛阳市西工区社区治理和服务创新办公室 2023 年部门预算：错误 0 项，警告 "));
    }

    @Test
    void writes_disclosure_json_exactly_as_the_disclosure_json_writer_does() throws Exception {
        Path target = dir.resolve("out");
        Budget budget = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        Disclosure disclosure = new DisclosureGenerator(new CatalogCodeNames(ClassificationCatalog.loadDefault()))
                .generate(budget);

        run("disclose", SharedExamples.workedExampleBudget().toString(), "--out", target.toString());

        assertThat(Files.readAllBytes(target.resolve("disclosure.json")))
                .isEqualTo(new DisclosureJsonWriter().write(disclosure));
    }

    @Test
    void leaves_no_temporary_folder_beside_the_output() {
        Path target = dir.resolve("out");

        run("disclose", SharedExamples.workedExampleBudget().toString(), "--out", target.toString());

        assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void renders_a_budget_with_errors_other_than_balance_and_projects_and_lists_them() {
        Path budget = RenderBudgets.write(RenderBudgets.twoUnits(), dir.resolve("two-units.json"));
        Path target = dir.resolve("out");

        int exit = run("disclose", budget.toString(), "--out", target.toString());

        assertThat(exit).isZero();
        assertThat(target.resolve("disclosure.xlsx")).isNotEmptyFile();
        assertThat(stderr()).contains("[错误] C3").contains("（位置：projects[0].code）").doesNotContain("[警告]");
    }

    @Test
    void renders_a_department_with_government_fund_and_carry_over_money() throws Exception {
        Path budget = RenderBudgets.write(RenderBudgets.fundAndCarryOver(), dir.resolve("fund.json"));
        Path target = dir.resolve("out");

        int exit = run("disclose", budget.toString(), "--out", target.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(target.resolve("csv/table-09.csv"))).contains("function,2120803,");
    }

    @Test
    void exits_with_one_and_writes_nothing_when_a_unit_cannot_be_balanced_by_source() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        ((ObjectNode) tree.get("income").get(0)).put("amount", "170.92");
        Path budget = write(tree, "unbalanced.json");
        Path target = dir.resolve("out");

        int exit = run("disclose", budget.toString(), "--out", target.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).contains("[错误] B1").contains("相差 10.00").contains("无法公开").contains("未写出任何文件");
        assertThat(target).doesNotExist();
        assertThat(names(dir)).containsExactly("unbalanced.json");
    }

    @Test
    void exits_with_one_and_writes_nothing_when_a_line_names_a_missing_project() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        ((ObjectNode) tree.get("lines").get(14)).put("projectId", "410303220000000099999");
        Path budget = write(tree, "missing-project.json");
        Path target = dir.resolve("out");

        int exit = run("disclose", budget.toString(), "--out", target.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).contains("[错误] B2").contains("410303220000000099999").contains("无法公开");
        assertThat(target).doesNotExist();
    }

    @Test
    void exits_with_two_in_one_line_and_writes_nothing_for_a_truncated_budget() throws Exception {
        byte[] whole = Files.readAllBytes(SharedExamples.workedExampleBudget());
        Path truncated = dir.resolve("truncated.json");
        Files.write(truncated, Arrays.copyOf(whole, 500));
        Path target = dir.resolve("out");

        int exit = run("disclose", truncated.toString(), "--out", target.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().lines()).singleElement().asString().startsWith("无法读取预算文件：");
        assertThat(target).doesNotExist();
    }

    @Test
    void exits_with_two_for_a_missing_budget_file_or_a_wrong_command_line() {
        Path target = dir.resolve("out");

        assertThat(run("disclose", dir.resolve("none.json").toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).contains("文件不存在");
        assertThat(run("disclose", SharedExamples.workedExampleBudget().toString())).isEqualTo(2);
        assertThat(stderr()).contains("缺少选项 --out");
        assertThat(run("disclose", "--out", target.toString())).isEqualTo(2);
        assertThat(stderr()).contains("缺少预算文件");
        assertThat(target).doesNotExist();
    }

    @Test
    void exits_with_two_when_the_output_is_an_existing_file() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "keep");

        int exit = run("disclose", SharedExamples.workedExampleBudget().toString(), "--out", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("不是目录");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void replaces_its_own_files_in_an_existing_folder_and_keeps_other_files() throws Exception {
        Path target = Files.createDirectories(dir.resolve("out/csv"));
        Files.writeString(target.resolve("stale.csv"), "old");
        Files.writeString(dir.resolve("out/disclosure.json"), "old");
        Files.writeString(dir.resolve("out/README.txt"), "mine");

        int exit = run("disclose", SharedExamples.workedExampleBudget().toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).isZero();
        assertThat(names(dir.resolve("out"))).containsExactly("README.txt", "csv", "disclosure.html", "disclosure.json", "disclosure.pdf", "disclosure.xlsx");
        assertThat(names(target)).containsExactlyElementsOf(CSV_FILES);
        assertThat(Files.readString(dir.resolve("out/disclosure.json"))).startsWith("{");
        assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void leaves_nothing_behind_when_a_renderer_fails() {
        DisclosureRenderer failing = new DisclosureRenderer() {
            @Override
            public String fileName() {
                return "broken.bin";
            }

            @Override
            public void render(Disclosure disclosure, OutputStream stream) throws IOException {
                stream.write(1);
                throw new IOException("disk full");
            }
        };
        Command command = new DiscloseCommand(List.of(new JsonRenderer(), failing));
        Path target = dir.resolve("out");

        int exit = command.run(List.of(SharedExamples.workedExampleBudget().toString(), "--out", target.toString()),
                print(out), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("无法写出公开文件").contains("disk full");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void is_listed_as_a_verb_of_the_command_line() {
        assertThat(Cli.handles(new String[] {"disclose", "x.json"})).isTrue();
        run("help");
        assertThat(stdout()).contains("disclose BUDGET.json --out DIR");
    }

    private Path write(ObjectNode tree, String name) {
        try {
            return Files.write(dir.resolve(name), SharedExamples.bytes(tree));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
