package org.budgetflow.disclosure.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.disclosure.render.xlsx.Workbooks.cell;
import static org.budgetflow.disclosure.render.xlsx.Workbooks.text;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.testing.RenderBudgets;
import org.junit.jupiter.api.Test;

/** Workbooks of synthetic departments: two units, government fund with carry-over, with and without 三公. */
class XlsxSyntheticBudgetsTest {

    @Test
    void prints_each_unit_of_a_two_unit_department_on_its_own_row_of_table_02() throws Exception {
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.twoUnits())) {
            Sheet s = wb.getSheet("02 部门收入预算表");

            assertThat(text(s, "B7")).isEqualTo("合计");
            assertThat(cell(s, "C7").getNumericCellValue()).isEqualTo(155.00);
            assertThat(text(s, "A8")).isEqualTo("510");
            assertThat(text(s, "A9")).isEqualTo("510001");
            assertThat(cell(s, "C9").getNumericCellValue()).isEqualTo(100.00);
            assertThat(text(s, "A10")).isEqualTo("510002");
            assertThat(text(s, "B10")).isEqualTo("测试局服务中心");
            assertThat(cell(s, "C10").getNumericCellValue()).isEqualTo(55.00);
        }
    }

    @Test
    void lists_the_projects_of_each_unit_under_that_unit_in_table_13() throws Exception {
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.twoUnits())) {
            Sheet s = wb.getSheet("13 区级部门预算项目绩效目标表");
            int first = Workbooks.rowWith(s, "510001", 0);
            int second = Workbooks.rowWith(s, "510002", 0);

            assertThat(first).isPositive();
            assertThat(s.getRow(first + 1).getCell(1).getStringCellValue()).isEqualTo("机关运转项目");
            assertThat(second).isGreaterThan(first + 1);
            assertThat(s.getRow(second + 1).getCell(1).getStringCellValue()).isEqualTo("服务中心专项");
            assertThat(s.getRow(second + 1).getCell(2).getNumericCellValue()).isEqualTo(15.00);
        }
    }

    @Test
    void fills_table_09_and_the_carry_over_rows_of_table_04_for_a_fund_with_carry_over() throws Exception {
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.fundAndCarryOver())) {
            Sheet t04 = wb.getSheet("04 财政拨款收支预算表");
            Sheet t09 = wb.getSheet("09 政府性基金支出预算表");
            int carryOver = Workbooks.rowWith(t04, "二、上年结转", 0);

            assertThat(t04.getRow(carryOver).getCell(1).getNumericCellValue()).isEqualTo(80.00);
            assertThat(t04.getRow(carryOver + 1).getCell(1).getNumericCellValue()).isEqualTo(20.00);
            assertThat(t04.getRow(carryOver + 2).getCell(1).getNumericCellValue()).isEqualTo(60.00);
            assertThat(text(t09, "E7")).isEqualTo("合计");
            assertThat(cell(t09, "F7").getNumericCellValue()).isEqualTo(360.00);
            assertThat(Workbooks.rowWith(t09, "备注", 0)).isEqualTo(-1);
            assertThat(text(t09, "A9") + text(t09, "B9") + text(t09, "C9")).isEqualTo("2120803");
        }
    }

    @Test
    void keeps_the_empty_state_capital_table_with_its_remark() throws Exception {
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.fundAndCarryOver())) {
            Sheet t10 = wb.getSheet("10 国有资本经营支出预算表");

            assertThat(text(t10, "E7")).isEqualTo("合计");
            assertThat(cell(t10, "F7").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(t10, "A8")).startsWith("备注：测试局 2024年无国有资本经营支出").endsWith("故此表无数据。");
        }
    }

    @Test
    void prints_the_remark_of_table_08_for_a_department_without_three_public_spending() throws Exception {
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.noThreePublic())) {
            Sheet t08 = wb.getSheet("08 一般公共预算“三公”经费预算表");

            assertThat(cell(t08, "A6").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(t08, "A7")).startsWith("注：");
            assertThat(text(t08, "A8")).isEqualTo("备注：测试局 2024年无一般公共预算“三公”经费预算拨款安排的支出，故此表无数据。");
        }
    }

    @Test
    void prints_the_three_public_figures_and_no_remark_when_there_is_three_public_spending() throws Exception {
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.withThreePublic())) {
            Sheet t08 = wb.getSheet("08 一般公共预算“三公”经费预算表");

            assertThat(cell(t08, "A6").getNumericCellValue()).isEqualTo(5.00);
            assertThat(cell(t08, "B6").getNumericCellValue()).isEqualTo(2.00);
            assertThat(cell(t08, "F6").getNumericCellValue()).isEqualTo(3.00);
            assertThat(text(t08, "A7")).startsWith("注：");
            assertThat(t08.getRow(7)).isNull();
        }
    }

    @Test
    void writes_a_project_name_that_looks_like_a_formula_as_inert_quote_prefixed_text() throws Exception {
        String name = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.projectNamed(name))) {
            Sheet t11 = wb.getSheet("11 项目支出预算表");
            int row = Workbooks.rowWith(t11, "特定目标类", 0);
            Cell cell = t11.getRow(row).getCell(1);

            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(name);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(Workbooks.allCells(wb)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void does_not_quote_prefix_ordinary_text() throws Exception {
        try (XSSFWorkbook wb = Workbooks.render(RenderBudgets.projectNamed("社区微更新"))) {
            Sheet t11 = wb.getSheet("11 项目支出预算表");
            int row = Workbooks.rowWith(t11, "特定目标类", 0);

            assertThat(t11.getRow(row).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
