package org.budgetflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writes_the_worked_example_as_a_workbook_and_imports_it_back_to_the_same_json() throws Exception {
        Path xlsx = dir.resolve("budget.xlsx");
        Path json = dir.resolve("back.json");

        int written = run("workbook", SharedExamples.workedExampleBudget().toString(), "--out", xlsx.toString());
        String writeMessage = stdout();
        int imported = run("import", xlsx.toString(), "--out", json.toString());

        Budget original = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        assertThat(written).isZero();
        assertThat(writeMessage).contains("已生成预算编制工作簿：洛阳市西工区社区治理和服务创新办公室 2023 年部门预算（支出明细 23 条，项目 9 个）");
        assertThat(imported).isZero();
        assertThat(stdout()).contains("已导入：洛阳市西工区社区治理和服务创新办公室 2023 年部门预算（单位 1 个，支出明细 23 条，项目 9 个）")
                .contains("提示：请运行 java -jar budgetflow.jar validate " + json + " 校验预算。");
        assertThat(stderr()).isEmpty();
        assertThat(Files.readString(json)).isEqualTo(new BudgetJsonWriter().toJson(original));
    }

    @Test
    void writes_an_empty_template_for_a_year_and_department() throws Exception {
        Path xlsx = dir.resolve("template.xlsx");

        int exit = run("workbook", "--year", "2024", "--department", "310", "--name", "测试部门", "--out", xlsx.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).contains("2024 年空白模板（310 测试部门）");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("部门").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2024);
            assertThat(book.getSheet("支出明细").getLastRowNum()).isZero();
        }
    }

    @Test
    void import_exits_with_two_and_one_line_naming_the_first_error_and_the_count_of_the_others() throws Exception {
        Path xlsx = dir.resolve("budget.xlsx");
        run("workbook", SharedExamples.workedExampleBudget().toString(), "--out", xlsx.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            book.getSheet("支出明细").getRow(11).getCell(12).setCellFormula("M2+M3");
            book.getSheet("支出明细").getRow(12).getCell(12).setCellValue("很多");
            try (var stream = Files.newOutputStream(xlsx)) {
                book.write(stream);
            }
        }
        Path json = dir.resolve("back.json");

        int exit = run("import", xlsx.toString(), "--out", json.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(stderr().lines()).singleElement().asString()
                .isEqualTo("无法导入工作簿 " + xlsx + "：工作表“支出明细”第 12 行 M 列（金额（万元））是公式（=M2+M3），请粘贴为数值（另有 1 处错误）");
        assertThat(json).doesNotExist();
    }

    @Test
    void import_exits_with_two_on_a_missing_file_or_option() {
        assertThat(run("import", dir.resolve("none.xlsx").toString(), "--out", dir.resolve("x.json").toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("文件不存在");
        assertThat(run("import", "a.xlsx")).isEqualTo(2);
        assertThat(stderr()).contains("用法错误：缺少选项 --out");
        assertThat(run("workbook", "--year", "24", "--out", "x.xlsx")).isEqualTo(2);
        assertThat(Cli.handles(new String[] {"import", "a.xlsx"})).isTrue();
        assertThat(Cli.handles(new String[] {"workbook", "a.json"})).isTrue();
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
