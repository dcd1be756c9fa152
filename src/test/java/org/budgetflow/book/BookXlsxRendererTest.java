package org.budgetflow.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BookXlsxRendererTest {
    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void render() throws IOException {
        bytes = new BookXlsxRenderer().render(SampleBooks.book());
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    @Test
    void has_the_summary_the_overall_targets_the_project_targets_and_the_findings_sheets() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));

        assertThat(names).containsExactly("汇总", "整体绩效目标", "项目绩效目标", "审查提示");
        assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("2024年区级部门预算绩效目标表");
    }

    @Test
    void sums_the_district_and_lists_each_department_with_its_findings_counts() {
        Sheet s = wb.getSheet("汇总");

        assertThat(rowStartingWith(s, "部门数").getCell(1).getNumericCellValue()).isEqualTo(2);
        Row total = rowStartingWith(s, "部门预算总额");
        assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(8395500.00);
        assertThat(total.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        Row department = rowStartingWith(s, "101");
        assertThat(department.getCell(2).getNumericCellValue()).isEqualTo(7395500.00);
        assertThat(department.getCell(9).getNumericCellValue()).isEqualTo(1);
        assertThat(department.getCell(10).getNumericCellValue()).isEqualTo(1);
    }

    @Test
    void writes_one_row_per_overall_indicator_with_the_department() {
        Sheet s = wb.getSheet("整体绩效目标");

        assertThat(values(s.getRow(0))).startsWith("部门代码", "部门名称", "一级指标", "二级指标", "三级指标", "指标值");
        assertThat(s.getLastRowNum()).isEqualTo(2);
        assertThat(values(s.getRow(1))).startsWith("101", "洛阳市西工区人民代表大会常务委员会办公室", "投入管理指标",
                "预算和财务管理", "预算执行率", "≥99%");
    }

    @Test
    void writes_one_row_per_project_indicator_with_department_unit_project_and_numeric_amounts() {
        Sheet s = wb.getSheet("项目绩效目标");

        assertThat(s.getLastRowNum()).isEqualTo(4);
        Row first = s.getRow(1);
        assertThat(values(first)).startsWith("101", "洛阳市西工区人民代表大会常务委员会办公室", "101001",
                "洛阳市西工区人民代表大会常务委员会办公室", "410303220000000016801", "办公经费-公务用车维护费", "其他运转类");
        assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(24000.00);
        assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(first.getCell(10).getStringCellValue()).isEqualTo("COST");
        assertThat(first.getCell(11).getStringCellValue()).isEqualTo("运行维护费");
        assertThat(s.getRow(4).getCell(5).getStringCellValue()).isEqualTo(SampleBooks.MARKUP_NAME);
    }

    @Test
    void keeps_formula_like_text_as_quote_prefixed_string_cells() {
        Cell name = rowStartingWith(wb.getSheet("汇总"), "109").getCell(1);
        Cell indicatorName = wb.getSheet("项目绩效目标").getRow(4).getCell(11);
        Cell indicatorValue = wb.getSheet("项目绩效目标").getRow(4).getCell(12);

        for (Cell cell : List.of(name, indicatorName, indicatorValue)) {
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
        }
        assertThat(name.getStringCellValue()).isEqualTo(SampleBooks.FORMULA_NAME);
        assertThat(indicatorName.getStringCellValue()).isEqualTo("-1+2");
        assertThat(rowStartingWith(wb.getSheet("汇总"), "101").getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
    }

    @Test
    void lists_every_finding_with_department_rule_severity_message_and_location() {
        Sheet s = wb.getSheet("审查提示");

        assertThat(values(s.getRow(0))).containsExactly("部门代码", "部门名称", "规则", "级别", "说明", "位置");
        assertThat(s.getLastRowNum()).isEqualTo(2);
        assertThat(values(s.getRow(1))).containsExactly("101", "洛阳市西工区人民代表大会常务委员会办公室", "L4", "警告",
                "项目“总成本”指标 ≤38.51万元 高于项目资金总额 38.50万元", "projects[0].indicators[0]");
        assertThat(s.getRow(2).getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void gives_the_same_bytes_for_the_same_book() {
        assertThat(new BookXlsxRenderer().render(SampleBooks.book())).isEqualTo(bytes);
    }

    private static Row rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + first + " in " + sheet.getSheetName());
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                : c.getStringCellValue()));
        return values;
    }
}
