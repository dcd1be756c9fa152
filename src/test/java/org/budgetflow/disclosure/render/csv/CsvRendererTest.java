package org.budgetflow.disclosure.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.testing.RenderBudgets;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV files of the worked example and of synthetic departments, read back with a strict RFC 4180 reader. */
class CsvRendererTest {
    private static final Disclosure DISCLOSURE = new DisclosureGenerator()
            .generate(new BudgetJsonReader().read(SharedExamples.workedExampleBudget()));
    private static final Map<String, byte[]> FILES = new CsvRenderer().files(DISCLOSURE);

    @TempDir
    Path dir;

    @Test
    void writes_one_file_per_table_named_by_its_id() {
        assertThat(FILES.keySet()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 13).mapToObj(i -> String.format("table-%02d.csv", i)).toList());
    }

    @Test
    void starts_every_file_with_the_utf8_byte_order_mark_and_ends_every_record_with_crlf() {
        FILES.forEach((name, bytes) -> {
            assertThat(Arrays.copyOf(bytes, 3)).as(name).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(name).endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).as(name).doesNotContain("\n");
            assertThat(CsvReader.read(bytes)).as(name).isNotEmpty();
        });
    }

    @Test
    void names_the_columns_of_table_03_by_their_disclosure_v1_ids() {
        List<String> header = CsvReader.read(FILES.get("table-03.csv")).get(0);

        assertThat(header).containsExactly("rowType", "code", "name", "类", "款", "项", "合计", "基本支出_小计",
                "基本支出_工资福利支出", "基本支出_对个人和家庭的补助", "基本支出_商品和服务支出", "基本支出_资本性支出",
                "项目支出_小计", "项目支出_其他运转类", "项目支出_特定目标类");
    }

    @Test
    void prints_a_function_row_of_table_03_with_two_decimals_and_empty_fields_for_empty_cells() {
        String text = new String(FILES.get("table-03.csv"), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\nfunction,2120101,行政运行,212,01,01,134.50,92.30,83.67,,8.63,,42.20,18.20,24.00\r\n");
        assertThat(text).contains("\r\ntotal,,合计,,,,5301.42,118.72,110.09,,8.63,,5182.70,1018.20,4164.50\r\n");
    }

    @Test
    void prints_both_sides_of_table_01_with_the_side_named() {
        List<List<String>> records = CsvReader.read(FILES.get("table-01.csv"));

        assertThat(records.get(0)).containsExactly("side", "rowType", "code", "name", "section", "amount");
        assertThat(records.get(1)).containsExactly("income", "item", "GENERAL_PUBLIC_BUDGET", "一、一般公共预算", "",
                "160.92");
        assertThat(records).contains(List.of("expenditure", "class", "212", "十二、城乡社区事务", "", "173.00"));
        assertThat(records.get(records.size() - 1))
                .containsExactly("expenditure", "total", "支出总计", "支出总计", "", "5301.42");
    }

    @Test
    void keeps_the_section_of_table_04_income_rows() {
        List<List<String>> records = CsvReader.read(FILES.get("table-04.csv"));

        assertThat(records.get(0)).startsWith("side", "rowType", "code", "name", "section", "amount", "合计");
        assertThat(records).anySatisfy(r -> assertThat(r.subList(0, 6))
                .containsExactly("income", "item", "上年结转/GOVERNMENT_FUND", "（二）政府性基金预算拨款", "上年结转",
                        "5000.00"));
    }

    @Test
    void ends_table_08_with_its_note_and_its_empty_table_remark() {
        List<List<String>> records = CsvReader.read(FILES.get("table-08.csv"));

        assertThat(records).hasSize(4);
        assertThat(records.get(1)).containsExactly("total", "", "", "", "", "", "", "", "");
        assertThat(records.get(2).get(0)).isEqualTo("note");
        assertThat(records.get(2).get(2)).startsWith("注：按照党中央");
        assertThat(records.get(3).get(0)).isEqualTo("remark");
        assertThat(records.get(3).get(2)).isEqualTo(DISCLOSURE.tables().threePublic().remark());
    }

    @Test
    void writes_table_12_as_form_items_then_indicators() {
        List<List<String>> records = CsvReader.read(FILES.get("table-12.csv"));

        assertThat(records.get(0)).containsExactly("section", "item", "amount", "text", "一级指标", "二级指标", "三级指标",
                "指标值", "指标值说明");
        assertThat(records).contains(
                List.of("基本信息", "部门（单位）名称", "", "洛阳市西工区社区治理和服务创新办公室", "", "", "", "", ""),
                List.of("预算情况", "部门预算总额", "5301.42", "", "", "", "", "", ""));
        assertThat(records).anySatisfy(r -> assertThat(r.subList(0, 7))
                .containsExactly("绩效指标", "", "", "", "投入管理指标", "工作目标管理", "年度履职目标相关性"));
    }

    @Test
    void writes_table_13_as_funds_records_each_project_followed_by_its_indicators() {
        List<List<String>> records = CsvReader.read(FILES.get("table-13.csv"));

        assertThat(records.get(1)).containsExactly("total", "", "", "合计", "5182.70", "5182.70", "", "", "", "", "");
        assertThat(records.get(2)).containsExactly("unit", "310001", "310001", "洛阳市西工区社区治理和服务创新办公室",
                "5182.70", "5182.70", "", "", "", "", "");
        assertThat(records.get(3)).containsExactly("project", "310001", "410303220000000009157", "区政府购买服务",
                "10.50", "10.50", "", "", "", "", "");
        assertThat(records.get(4)).containsExactly("indicator", "310001", "410303220000000009157", "区政府购买服务",
                "", "", "", "", "成本", "每人每月工资", "≤0.27万元");
    }

    @Test
    void quotes_a_name_holding_a_comma_and_a_quote_and_reads_back_unchanged() {
        String name = "社区\"微更新\",二期";
        byte[] bytes = files(RenderBudgets.projectNamed(name)).get("table-11.csv");

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(",\"社区\"\"微更新\"\",二期\",");
        assertThat(CsvReader.read(bytes)).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("project"))
                .anySatisfy(r -> assertThat(r).contains(name));
    }

    @Test
    void neutralises_a_project_name_that_is_a_formula_with_a_leading_apostrophe() {
        String name = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
        byte[] bytes = files(RenderBudgets.projectNamed(name)).get("table-11.csv");

        List<String> project = CsvReader.read(bytes).stream().filter(r -> r.get(0).equals("project")).findFirst()
                .orElseThrow();
        assertThat(project).contains("'" + name).doesNotContain(name);
        assertThat(project).contains("12.50");
    }

    @Test
    void prints_a_row_per_unit_for_a_two_unit_department() {
        List<List<String>> records = CsvReader.read(files(RenderBudgets.twoUnits()).get("table-02.csv"));

        assertThat(records).extracting(r -> r.get(0) + ":" + r.get(1) + ":" + r.get(3))
                .containsExactly("rowType:code:总计", "total::155.00", "department:510:155.00",
                        "unit:510001:100.00", "unit:510002:55.00");
    }

    @Test
    void prints_the_government_fund_table_and_the_carry_over_for_a_fund_with_carry_over() {
        Map<String, byte[]> files = files(RenderBudgets.fundAndCarryOver());
        List<List<String>> t09 = CsvReader.read(files.get("table-09.csv"));
        List<List<String>> t10 = CsvReader.read(files.get("table-10.csv"));

        assertThat(t09).anySatisfy(r -> assertThat(List.of(r.get(0), r.get(1), r.get(6)))
                .containsExactly("function", "2120803", "360.00"));
        assertThat(t09).noneSatisfy(r -> assertThat(r.get(0)).isEqualTo("remark"));
        assertThat(t10.get(t10.size() - 1).get(0)).isEqualTo("remark");
    }

    @Test
    void writes_a_remark_record_for_table_08_only_when_there_is_no_three_public_spending() {
        List<List<String>> none = CsvReader.read(files(RenderBudgets.noThreePublic()).get("table-08.csv"));
        List<List<String>> some = CsvReader.read(files(RenderBudgets.withThreePublic()).get("table-08.csv"));

        assertThat(none.get(none.size() - 1).get(0)).isEqualTo("remark");
        assertThat(some).noneSatisfy(r -> assertThat(r.get(0)).isEqualTo("remark"));
        assertThat(some.get(1)).startsWith("total", "", "", "5.00", "2.00");
    }

    @Test
    void writes_the_folder_csv_and_streams_the_same_files_as_a_deterministic_zip() throws Exception {
        CsvRenderer renderer = new CsvRenderer();
        renderer.writeInto(DISCLOSURE, dir);
        ByteArrayOutputStream zip1 = new ByteArrayOutputStream();
        ByteArrayOutputStream zip2 = new ByteArrayOutputStream();
        renderer.render(DISCLOSURE, zip1);
        Thread.sleep(1100);
        renderer.render(DISCLOSURE, zip2);

        assertThat(Files.readAllBytes(dir.resolve("csv/table-03.csv"))).isEqualTo(FILES.get("table-03.csv"));
        assertThat(zip1.toByteArray()).isEqualTo(zip2.toByteArray());
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip1.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                assertThat(in.readAllBytes()).isEqualTo(FILES.get(e.getName()));
            }
        }
        assertThat(entries).containsExactlyElementsOf(FILES.keySet());
    }

    private static Map<String, byte[]> files(Budget budget) {
        return new CsvRenderer().files(new DisclosureGenerator().generate(budget));
    }
}
