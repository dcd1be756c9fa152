package org.budgetflow.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookTemplateTest {

    private static XSSFWorkbook template() {
        return Workbooks.open(Workbooks.WRITER.template(2024, "310", "测试部门"));
    }

    @Test
    void the_template_has_the_guide_every_data_sheet_in_order_and_a_hidden_list_sheet() {
        try (XSSFWorkbook book = template()) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));

            assertThat(names).containsExactly("说明", "部门", "单位", "收入", "年终结转", "支出明细", "项目", "项目绩效指标",
                    "整体绩效", "年度主要任务", "整体绩效指标", "上年数", "变动原因", "其他公开事项", "专项转移支付", "下拉列表");
            assertThat(book.isSheetHidden(book.getSheetIndex("下拉列表"))).isTrue();
            assertThat(book.getActiveSheetIndex()).isZero();
            assertThat(book.getSheet("说明").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(GuideSheet.SIGNATURE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void every_table_header_carries_a_note_with_its_budget_v1_field_format_and_example() throws Exception {
        try (XSSFWorkbook book = template()) {
            XSSFSheet lines = book.getSheet("支出明细");
            List<String> headers = new ArrayList<>();
            for (Cell cell : lines.getRow(0)) {
                headers.add(cell.getStringCellValue());
                assertThat(cell.getCellComment()).as(cell.getStringCellValue()).isNotNull();
            }
            String amountNote = lines.getRow(0).getCell(12).getCellComment().getString().getString();

            assertThat(headers).containsExactly("单位代码", "功能分类科目", "功能分类名称", "部门经济分类科目", "部门经济分类名称",
                    "政府经济分类科目", "政府经济分类名称", "资金来源", "上年结转结余", "财政拨款", "支出类别", "项目标识",
                    "金额（万元）");
            assertThat(amountNote).contains("budget-v1 字段：lines[].amount").contains("最多两位小数").contains("示例：8.33");
            assertThat(book.getSheet("收入").getRow(0).getCell(0).getCellComment().getString().getString())
                    .contains("budget-v1 字段：income[].unitCode");
            for (SheetSpec spec : Layout.SHEETS) {
                XSSFSheet sheet = book.getSheet(spec.name());
                int notes = spec.form() ? sheet.getLastRowNum() : spec.columns().size();
                for (int i = 0; i < notes; i++) {
                    Cell cell = spec.form() ? sheet.getRow(i + 1).getCell(0) : sheet.getRow(0).getCell(i);
                    assertThat(cell.getCellComment()).as(spec.name() + " " + cell.getAddress()).isNotNull();
                }
            }
        }
    }

    @Test
    void enumeration_and_code_columns_offer_drop_down_lists_from_the_hidden_sheet() throws Exception {
        try (XSSFWorkbook book = template()) {
            Map<String, String> lines = validations(book.getSheet("支出明细"));

            assertThat(lines).containsEntry("A", "bf_units").containsEntry("B", "bf_codes_function")
                    .containsEntry("D", "bf_codes_dept_economic").containsEntry("F", "bf_codes_gov_economic")
                    .containsEntry("H", "bf_fund_source").containsEntry("I", "bf_yes_no").containsEntry("J", "bf_yes_no")
                    .containsEntry("K", "bf_category").containsEntry("L", "bf_projects");
            assertThat(validations(book.getSheet("单位"))).containsEntry("C", "bf_unit_kind");
            assertThat(validations(book.getSheet("收入"))).containsEntry("B", "bf_fund_source");
            assertThat(validations(book.getSheet("项目"))).containsEntry("E", "bf_project_type")
                    .containsEntry("F", "bf_yes_no");
            assertThat(validations(book.getSheet("项目绩效指标"))).containsEntry("B", "bf_indicator_category");

            assertThat(listValues(book, "bf_fund_source")).contains("一般公共预算", "政府性基金预算", "单位资金");
            assertThat(listValues(book, "bf_yes_no")).containsExactly("是", "否");
            assertThat(listValues(book, "bf_codes_function")).contains("2080505 机关事业单位基本养老保险缴费支出",
                    "2120101 行政运行").allMatch(v -> v.matches("[0-9]{7} .+"));
            assertThat(listValues(book, "bf_codes_dept_economic")).contains("30101 基本工资")
                    .allMatch(v -> v.matches("[0-9]{5} .+"));
            assertThat(listValues(book, "bf_codes_gov_economic")).allMatch(v -> v.matches("[0-9]{5} .+"));
            String xml = book.getSheet("支出明细").getCTWorksheet().getDataValidations().xmlText();
            assertThat(xml).doesNotContain("showDropDown=\"true\"").doesNotContain("showDropDown=\"1\"");
        }
    }

    @Test
    void enumerations_stop_wrong_input_while_partial_code_lists_only_warn() throws Exception {
        try (XSSFWorkbook book = template()) {
            Map<String, Integer> styles = book.getSheet("支出明细").getDataValidations().stream().collect(
                    Collectors.toMap(v -> column(v), DataValidation::getErrorStyle, (a, b) -> a));

            assertThat(styles.get("H")).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(styles.get("B")).isEqualTo(DataValidation.ErrorStyle.WARNING);
        }
    }

    @Test
    void amounts_are_numbers_formatted_with_two_decimals_and_codes_are_text() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(Workbooks.WRITER.write(Workbooks.workedExample()))) {
            XSSFSheet lines = book.getSheet("支出明细");
            Cell amount = lines.getRow(1).getCell(12);
            Cell function = lines.getRow(1).getCell(1);

            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(8.33);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(function.getCellType()).isEqualTo(CellType.STRING);
            assertThat(function.getStringCellValue()).isEqualTo("2080505 机关事业单位基本养老保险缴费支出");
            assertThat(function.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(lines.getColumnStyle(12).getDataFormatString()).isEqualTo("0.00");
            assertThat(book.getSheet("上年数").getRow(2).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("0.00");
        }
    }

    @Test
    void header_rows_are_frozen_and_columns_have_widths() throws Exception {
        try (XSSFWorkbook book = template()) {
            for (SheetSpec spec : Layout.SHEETS) {
                XSSFSheet sheet = book.getSheet(spec.name());
                assertThat(sheet.getPaneInformation()).as(spec.name()).isNotNull();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(spec.name()).isEqualTo((short) 1);
                assertThat(sheet.getColumnWidth(0)).as(spec.name()).isGreaterThan(8 * 256);
            }
        }
    }

    @Test
    void the_template_of_a_year_without_code_data_still_works_without_code_lists() throws Exception {
        try (XSSFWorkbook book = Workbooks.open(Workbooks.WRITER.template(2010, "310", "测试部门"))) {
            assertThat(book.getName("bf_codes_function")).isNull();
            assertThat(validations(book.getSheet("支出明细"))).doesNotContainKey("B").containsKey("H");
        }
    }

    @Test
    void the_empty_template_carries_year_and_department_and_reads_as_missing_units_and_lines() {
        byte[] template = Workbooks.WRITER.template(2024, "310", "测试部门");

        WorkbookFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Workbooks.read(template), WorkbookFormatException.class);

        assertThat(e.cellErrors()).extracting(CellError::message).containsExactly(
                "工作表“单位”没有数据：至少需要 1 个预算单位", "工作表“支出明细”没有数据：至少需要 1 条支出明细");
    }

    /** Column letter → defined name of each list validation. */
    private static Map<String, String> validations(XSSFSheet sheet) {
        return sheet.getDataValidations().stream().collect(Collectors.toMap(WorkbookTemplateTest::column,
                v -> v.getValidationConstraint().getFormula1(), (a, b) -> a));
    }

    private static String column(XSSFDataValidation validation) {
        CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
        return org.apache.poi.ss.util.CellReference.convertNumToColString(range.getFirstColumn());
    }

    private static List<String> listValues(XSSFWorkbook book, String definedName) {
        Name name = book.getName(definedName);
        org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(name.getRefersToFormula(),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        XSSFSheet sheet = book.getSheet(area.getFirstCell().getSheetName());
        assertThat(sheet.getSheetName()).isEqualTo("下拉列表");
        List<String> values = new ArrayList<>();
        for (int r = area.getFirstCell().getRow(); r <= area.getLastCell().getRow(); r++) {
            values.add(sheet.getRow(r).getCell(area.getFirstCell().getCol()).getStringCellValue());
        }
        return values;
    }
}
