package org.budgetflow.disclosure.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.disclosure.render.xlsx.Workbooks.cell;
import static org.budgetflow.disclosure.render.xlsx.Workbooks.mergedIn;
import static org.budgetflow.disclosure.render.xlsx.Workbooks.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Table;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The workbook of the worked example, read back with POI: layout, cell types, formats, merges, determinism. */
class XlsxRendererTest {
    private static final Disclosure DISCLOSURE = new DisclosureGenerator()
            .generate(new BudgetJsonReader().read(SharedExamples.workedExampleBudget()));
    private static final byte[] BYTES = new XlsxRenderer().render(DISCLOSURE);
    private static final XSSFWorkbook WB = Workbooks.open(BYTES);

    @AfterAll
    static void close() throws IOException {
        WB.close();
    }

    @Test
    void has_the_narrative_sheet_then_one_sheet_per_table_named_by_id_and_title() {
        List<String> names = new ArrayList<>();
        WB.forEach(s -> names.add(s.getSheetName()));

        assertThat(WB.getNumberOfSheets()).isEqualTo(14);
        assertThat(names).containsExactly("情况说明", "01 部门收支预算表", "02 部门收入预算表", "03 部门支出预算表",
                "04 财政拨款收支预算表", "05 一般公共预算支出预算表", "06 一般公共预算基本支出预算表", "07 支出经济分类汇总表",
                "08 一般公共预算“三公”经费预算表", "09 政府性基金支出预算表", "10 国有资本经营支出预算表", "11 项目支出预算表",
                "12 区级部门整体绩效目标表", "13 区级部门预算项目绩效目标表");
        assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
    }

    @Test
    void prints_the_number_the_title_across_the_table_and_the_department_and_unit_line() {
        Sheet s = WB.getSheet("03 部门支出预算表");

        assertThat(text(s, "A1")).isEqualTo("预算03表");
        assertThat(text(s, "A2")).isEqualTo("2023年部门支出预算表");
        assertThat(mergedIn(s, 2, 2)).containsExactly("A2:N2");
        assertThat(text(s, "A3")).isEqualTo("部门名称：洛阳市西工区社区治理和服务创新办公室");
        assertThat(text(s, "N3")).isEqualTo("单位：万元");
    }

    @Test
    void writes_amounts_as_numeric_cells_in_the_printed_two_decimal_format() {
        Sheet s = WB.getSheet("03 部门支出预算表");
        Cell total = cell(s, "F7");
        Cell personnel = cell(s, "H11");

        assertThat(text(s, "E7")).isEqualTo("合计");
        assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(total.getNumericCellValue()).isEqualTo(5301.42);
        assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(text(s, "E11")).isEqualTo("行政运行");
        assertThat(personnel.getNumericCellValue()).isEqualTo(83.67);
        assertThat(personnel.getCellStyle().getDataFormatString()).isEqualTo(XlsxRenderer.AMOUNT_FORMAT);
    }

    @Test
    void writes_codes_as_text_so_that_leading_zeros_and_long_project_codes_survive() {
        Sheet t03 = WB.getSheet("03 部门支出预算表");
        Sheet t13 = WB.getSheet("13 区级部门预算项目绩效目标表");

        assertThat(cell(t03, "B9").getCellType()).isEqualTo(CellType.STRING);
        assertThat(text(t03, "A9") + text(t03, "B9") + text(t03, "C9")).isEqualTo("2080505");
        assertThat(cell(t13, "A9").getCellType()).isEqualTo(CellType.STRING);
        assertThat(text(t13, "A9")).isEqualTo("410303220000000009157");
    }

    @Test
    void leaves_an_empty_amount_cell_blank_rather_than_zero() {
        Sheet s = WB.getSheet("03 部门支出预算表");

        assertThat(cell(s, "I11").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(cell(s, "K7").getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void merges_the_header_of_table_02_as_printed() {
        Sheet s = WB.getSheet("02 部门收入预算表");

        assertThat(text(s, "D4")).isEqualTo("本年收入");
        assertThat(text(s, "O4")).isEqualTo("上年结转结余");
        assertThat(text(s, "E5")).isEqualTo("一般公共预算");
        assertThat(text(s, "F6")).isEqualTo("其中：财政拨款");
        assertThat(mergedIn(s, 4, 6)).containsExactlyInAnyOrder(
                "A4:A6", "B4:B6", "C4:C6", "D4:N4", "O4:T4",
                "D5:D6", "E5:F5", "G5:G6", "H5:H6", "I5:I6", "J5:J6", "K5:K6", "L5:L6", "M5:M6", "N5:N6",
                "O5:O6", "P5:P6", "Q5:Q6", "R5:R6", "S5:S6", "T5:T6");
    }

    @Test
    void merges_the_header_of_table_03_as_printed() {
        Sheet s = WB.getSheet("03 部门支出预算表");

        assertThat(text(s, "A4")).isEqualTo("科目编码");
        assertThat(text(s, "G4")).isEqualTo("基本支出");
        assertThat(text(s, "H5")).isEqualTo("人员经费");
        assertThat(text(s, "I6")).isEqualTo("对个人和家庭的补助");
        assertThat(mergedIn(s, 4, 6)).containsExactlyInAnyOrder(
                "A4:C4", "D4:D6", "E4:E6", "F4:F6", "G4:K4", "L4:N4",
                "A5:A6", "B5:B6", "C5:C6", "G5:G6", "H5:I5", "J5:K5", "L5:L6", "M5:M6", "N5:N6");
    }

    @Test
    void freezes_the_header_rows_and_the_text_columns() {
        PaneInformation pane = WB.getSheet("03 部门支出预算表").getPaneInformation();

        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 6);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 5);
    }

    @Test
    void puts_the_note_and_the_empty_table_remark_of_table_08_under_its_empty_row() {
        Sheet s = WB.getSheet("08 一般公共预算“三公”经费预算表");
        Table t08 = DISCLOSURE.tables().threePublic();

        assertThat(cell(s, "A6").getCellType()).isEqualTo(CellType.BLANK);
        assertThat(text(s, "A7")).isEqualTo(t08.note()).startsWith("注：");
        assertThat(text(s, "A8")).isEqualTo("备注：洛阳市西工区社区治理和服务创新办公室 2023年无一般公共预算“三公”经费预算拨款安排的支出，故此表无数据。");
        assertThat(mergedIn(s, 7, 8)).containsExactly("A7:F7", "A8:F8");
        assertThat(s.getRow(6).getHeightInPoints()).isGreaterThan(s.getDefaultRowHeightInPoints() * 3);
    }

    @Test
    void places_the_income_and_expenditure_sides_of_table_01_side_by_side() {
        Sheet s = WB.getSheet("01 部门收支预算表");

        assertThat(mergedIn(s, 4, 4)).containsExactly("A4:B4", "C4:D4");
        assertThat(text(s, "A4")).isEqualTo("收入");
        assertThat(text(s, "C4")).isEqualTo("支出");
        assertThat(text(s, "A6")).isEqualTo("一、一般公共预算");
        assertThat(cell(s, "B6").getNumericCellValue()).isEqualTo(160.92);
        assertThat(text(s, "C6")).isEqualTo("一、一般公共服务");
        assertThat(text(s, "A18")).isEqualTo("收入总计");
        assertThat(cell(s, "B18").getNumericCellValue()).isEqualTo(5301.42);
        assertThat(text(s, "C38")).isEqualTo("支出总计");
        assertThat(cell(s, "D38").getNumericCellValue()).isEqualTo(5301.42);
    }

    @Test
    void stretches_the_shallower_income_header_of_table_04_down_to_the_expenditure_header() {
        Sheet s = WB.getSheet("04 财政拨款收支预算表");

        assertThat(mergedIn(s, 4, 6)).contains("A4:B4", "A5:A6", "B5:B6", "C4:H4", "E5:F5");
        assertThat(text(s, "A7")).isEqualTo("一、本年收入");
        assertThat(text(s, "A12")).isEqualTo("二、上年结转");
        assertThat(cell(s, "B12").getNumericCellValue()).isEqualTo(5140.50);
    }

    @Test
    void lays_out_table_12_as_a_form_with_the_budget_figures_as_numbers() {
        Sheet s = WB.getSheet("12 区级部门整体绩效目标表");
        int budget = Workbooks.rowWith(s, "预算情况", 0);

        assertThat(text(s, "A3")).isEqualTo("（2023年度）");
        assertThat(text(s, "B4")).isEqualTo("洛阳市西工区社区治理和服务创新办公室");
        assertThat(text(s, "B" + (budget + 1))).isEqualTo("部门预算总额（万元）");
        assertThat(s.getRow(budget).getCell(4).getNumericCellValue()).isEqualTo(5301.42);
        assertThat(s.getRow(budget + 4).getCell(4).getNumericCellValue()).isEqualTo(118.72);
        assertThat(Workbooks.rowWith(s, "一级指标", budget)).isEqualTo(budget + 6);
    }

    @Test
    void merges_a_project_of_table_13_down_the_rows_of_its_indicators() {
        Sheet s = WB.getSheet("13 区级部门预算项目绩效目标表");

        assertThat(text(s, "B7")).isEqualTo("合计");
        assertThat(cell(s, "C7").getNumericCellValue()).isEqualTo(5182.70);
        assertThat(text(s, "A8")).isEqualTo("310001");
        assertThat(text(s, "B9")).isEqualTo("区政府购买服务");
        assertThat(mergedIn(s, 9, 9)).contains("A9:A11", "B9:B11", "C9:C11", "F9:F11");
        assertThat(text(s, "G9")).isEqualTo("每人每月工资");
        assertThat(text(s, "H9")).isEqualTo("≤0.27万元");
    }

    @Test
    void lists_the_narrative_figures_by_section_with_amounts_and_percentages_as_numbers() {
        Sheet s = WB.getSheet("情况说明");
        int section = Workbooks.rowWith(s, "五、一般公共预算支出预算情况", 0);
        int share = Workbooks.rowWith(s, "基本支出占比", section);
        int total = Workbooks.rowWith(s, "收入总计", 0);

        assertThat(text(s, "A3")).isEqualTo("项目");
        assertThat(text(s, "B3")).isEqualTo("数值");
        assertThat(s.getRow(total).getCell(1).getNumericCellValue()).isEqualTo(5301.42);
        assertThat(s.getRow(share).getCell(1).getNumericCellValue()).isEqualTo(0.3939);
        assertThat(s.getRow(share).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    }

    @Test
    void contains_no_formula_anywhere() {
        assertThat(Workbooks.allCells(WB)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
    }

    @Test
    void renders_the_same_bytes_every_time() throws Exception {
        Thread.sleep(1100);
        byte[] again = new XlsxRenderer().render(DISCLOSURE);

        assertThat(again).isEqualTo(BYTES);
    }

    @Test
    void stamps_the_document_and_its_zip_entries_with_the_first_of_january_of_the_budget_year() throws Exception {
        LocalDateTime newYear = LocalDateTime.of(2023, 1, 1, 0, 0);

        assertThat(WB.getProperties().getCoreProperties().getCreated().toInstant())
                .isEqualTo(newYear.toInstant(ZoneOffset.UTC));
        assertThat(WB.getProperties().getCoreProperties().getModified().toInstant())
                .isEqualTo(newYear.toInstant(ZoneOffset.UTC));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(BYTES))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(newYear);
            }
        }
    }
}
