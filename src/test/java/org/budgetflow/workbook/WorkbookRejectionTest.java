package org.budgetflow.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetFormatException;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.StandardRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookRejectionTest {
    /** The worked example: 支出明细 row 2 is its first line (8.33), 收入 row 2 its first income entry (160.92). */
    private static final byte[] EXAMPLE = Workbooks.WRITER.write(Workbooks.workedExample());

    @TempDir
    Path dir;

    private static WorkbookFormatException rejected(byte[] workbook) {
        WorkbookFormatException e = catchThrowableOfType(() -> Workbooks.read(workbook),
                WorkbookFormatException.class);
        assertThat(e).as("the workbook should have been rejected").isNotNull();
        return e;
    }

    private static WorkbookFormatException rejectedAfter(Consumer<XSSFWorkbook> edit) {
        return rejected(Workbooks.edit(EXAMPLE, edit));
    }

    private static Row row(XSSFWorkbook book, String sheet, int excelRow) {
        return book.getSheet(sheet).getRow(excelRow - 1);
    }

    // ---- sheets and headers

    @Test
    void rejects_a_workbook_whose_income_sheet_was_renamed_naming_the_missing_sheet() {
        WorkbookFormatException e = rejectedAfter(book -> book.setSheetName(book.getSheetIndex("收入"), "收入表"));

        assertThat(e.cellErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("收入");
            assertThat(error.message()).startsWith("缺少工作表“收入”").contains("未识别的工作表：收入表");
        });
    }

    @Test
    void rejects_another_workbook_listing_every_missing_sheet() {
        byte[] other = Workbooks.edit(EXAMPLE, book -> {
            while (book.getNumberOfSheets() > 1) {
                book.removeSheetAt(1);
            }
        });

        WorkbookFormatException e = rejected(other);

        assertThat(e.cellErrors()).hasSize(Layout.SHEETS.size())
                .allSatisfy(error -> assertThat(error.message()).startsWith("缺少工作表"));
    }

    @Test
    void rejects_a_sheet_whose_columns_were_moved_naming_the_header_cell() {
        WorkbookFormatException e = rejectedAfter(book -> row(book, "收入", 1).getCell(2).setCellValue("结转"));

        assertThat(e.cellErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("收入!C1");
            assertThat(error.message()).isEqualTo(
                    "工作表“收入”第 1 行 C 列（上年结转结余）：表头应为“上年结转结余”，实际为“结转”；请不要修改、插入或删除模板的列");
        });
    }

    @Test
    void rejects_an_unknown_field_on_a_form_sheet() {
        WorkbookFormatException e = rejectedAfter(book -> book.getSheet("上年数").createRow(20).createCell(0)
                .setCellValue("上年结余"));

        assertThat(e.cellErrors()).singleElement().extracting(CellError::field).isEqualTo("上年数!A21");
        assertThat(e.cellErrors().get(0).message()).contains("无法识别的字段（A 列为“上年结余”）");
    }

    // ---- cells

    @Test
    void rejects_text_in_an_amount_cell_naming_sheet_row_and_column() {
        WorkbookFormatException e = rejectedAfter(book -> row(book, "收入", 2).getCell(4).setCellValue("一百六十"));

        assertThat(e.cellErrors()).singleElement().satisfies(error -> {
            assertThat(error.sheet()).isEqualTo("收入");
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.column()).isEqualTo("E");
            assertThat(error.header()).isEqualTo("金额（万元）");
            assertThat(error.message()).isEqualTo("工作表“收入”第 2 行 E 列（金额（万元））：是文本“一百六十”，"
                    + "应填金额（数字，最多两位小数，单位万元，如 160.92）");
        });
        assertThat(e.errors()).singleElement().extracting(f -> f.field()).isEqualTo("收入!E2");
        assertThat(e).isInstanceOf(BudgetFormatException.class);
    }

    @Test
    void rejects_a_formula_without_evaluating_it() {
        WorkbookFormatException e = rejectedAfter(book -> row(book, "支出明细", 12).getCell(12)
                .setCellFormula("M2+M3"));

        assertThat(e.cellErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("支出明细!M12");
            assertThat(error.message()).isEqualTo("工作表“支出明细”第 12 行 M 列（金额（万元））是公式（=M2+M3），请粘贴为数值");
        });
    }

    @Test
    void rejects_formulas_in_text_and_code_cells_too() {
        WorkbookFormatException e = rejectedAfter(book -> {
            row(book, "支出明细", 3).getCell(1).setCellFormula("B2");
            row(book, "部门", 4).getCell(1).setCellFormula("\"某部门\"");
        });

        assertThat(e.cellErrors()).extracting(CellError::field).containsExactlyInAnyOrder("支出明细!B3", "部门!B4");
        assertThat(e.cellErrors()).allSatisfy(error -> assertThat(error.message()).contains("是公式"));
    }

    @Test
    void rejects_an_unknown_function_code_whose_class_does_not_exist() {
        WorkbookFormatException e = rejectedAfter(book -> row(book, "支出明细", 2).getCell(1)
                .setCellValue("9990101 不存在的科目"));

        assertThat(e.cellErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("支出明细!B2");
            assertThat(error.message()).isEqualTo("工作表“支出明细”第 2 行 B 列（功能分类科目）：功能分类 9990101 的类 999 "
                    + "不在 2023 年支出功能分类科目中，请从下拉列表中选择");
        });
    }

    @Test
    void rejects_a_malformed_code_and_an_unknown_choice() {
        WorkbookFormatException e = rejectedAfter(book -> {
            row(book, "支出明细", 2).getCell(3).setCellValue("301");
            row(book, "支出明细", 3).getCell(7).setCellValue("一般预算");
            row(book, "单位", 2).getCell(0).setCellValue(31001);
        });

        assertThat(e.cellErrors()).extracting(CellError::message).containsExactly(
                "工作表“单位”第 2 行 A 列（单位代码）：应为 6 位数字，实际为“31001”（以数字格式填写会丢掉开头的 0，请把单元格设为文本格式后重新填写）",
                "工作表“支出明细”第 2 行 D 列（部门经济分类科目）：应为 5 位科目代码（可带名称，如“30108 机关事业单位基本养老保险缴费”），实际为“301”",
                "工作表“支出明细”第 3 行 H 列（资金来源）：“一般预算”不是有效的资金来源，应为以下之一：一般公共预算、政府性基金预算、"
                        + "国有资本经营预算、财政专户管理资金、事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入、其他收入、单位资金");
    }

    @Test
    void accepts_a_code_missing_only_from_a_partial_list_and_leaves_it_to_the_validator() {
        byte[] edited = Workbooks.edit(EXAMPLE, book -> row(book, "支出明细", 2).getCell(1).setCellValue("2129999"));

        Budget budget = Workbooks.read(edited);

        assertThat(budget.lines().get(0).functionCode()).isEqualTo("2129999");
    }

    @Test
    void rejects_an_amount_with_three_decimals_as_number_or_as_text() {
        WorkbookFormatException e = rejectedAfter(book -> {
            row(book, "支出明细", 2).getCell(12).setCellValue(8.333);
            row(book, "收入", 2).getCell(4).setCellValue("160.925");
        });

        assertThat(e.cellErrors()).extracting(CellError::field).containsExactly("收入!E2", "支出明细!M2");
        assertThat(e.cellErrors()).extracting(CellError::message).containsExactly(
                "工作表“收入”第 2 行 E 列（金额（万元））：金额 160.925 超过两位小数；金额以万元为单位，最多两位小数",
                "工作表“支出明细”第 2 行 M 列（金额（万元））：金额 8.333 超过两位小数；金额以万元为单位，最多两位小数");
    }

    @Test
    void reads_a_binary_double_that_displays_two_decimals_as_that_amount() {
        byte[] edited = Workbooks.edit(EXAMPLE, book -> {
            row(book, "支出明细", 2).getCell(12).setCellValue(0.1 + 0.2); // 0.30000000000000004
            row(book, "支出明细", 3).getCell(12).setCellValue(" 9.5 ");
        });

        Budget budget = Workbooks.read(edited);

        assertThat(budget.lines().get(0).amount()).isEqualTo(new BigDecimal("0.30"));
        assertThat(budget.lines().get(1).amount()).isEqualTo(new BigDecimal("9.50"));
    }

    @Test
    void reads_amounts_exactly_from_the_decimal_text_of_the_file() {
        assertThat(RecordReader.numberAmount("8.33")).isEqualTo(new BigDecimal("8.33"));
        assertThat(RecordReader.numberAmount("8.3299999999999997")).isEqualTo(new BigDecimal("8.33"));
        assertThat(RecordReader.numberAmount("1.0E7")).isEqualTo(new BigDecimal("10000000.00"));
        assertThat(RecordReader.numberAmount("-5")).isEqualTo(new BigDecimal("-5.00"));
        assertThat(RecordReader.numberAmount("8.333")).isNull();
        assertThat(RecordReader.numberAmount("0.005")).isNull();
    }

    @Test
    void passes_a_negative_amount_through_to_the_validator() {
        byte[] edited = Workbooks.edit(EXAMPLE, book -> row(book, "支出明细", 2).getCell(12).setCellValue(-8.33));

        Budget budget = Workbooks.read(edited);

        assertThat(budget.lines().get(0).amount()).isEqualTo(new BigDecimal("-8.33"));
        assertThat(StandardRules.validator().validate(budget).findings()).extracting(Finding::rule).contains("B4");
    }

    @Test
    void rejects_a_project_code_typed_as_a_number_because_excel_lost_its_digits() {
        WorkbookFormatException e = rejectedAfter(book -> row(book, "项目", 2).getCell(1)
                .setCellValue(410303220000000009157.0));

        assertThat(e.cellErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("项目!B2");
            assertThat(error.message()).contains("超过 15 位有效数字，Excel 已丢失精度");
        });
    }

    @Test
    void rejects_an_indicator_of_an_unlisted_project_and_a_duplicate_project() {
        WorkbookFormatException e = rejectedAfter(book -> {
            row(book, "项目绩效指标", 2).getCell(0).setCellValue("没有这个项目");
            Row copy = book.getSheet("项目").createRow(30);
            copy.createCell(0).setCellValue(row(book, "项目", 2).getCell(0).getStringCellValue());
            copy.createCell(2).setCellValue("重复的项目");
            copy.createCell(3).setCellValue("310001");
            copy.createCell(4).setCellValue("其他运转类");
        });

        assertThat(e.cellErrors()).extracting(CellError::message).containsExactly(
                "工作表“项目”第 31 行 A 列（项目标识）：项目标识“410303220000000009157”与第 2 行重复；每个项目的标识须唯一",
                "工作表“项目绩效指标”第 2 行 A 列（项目标识）：项目标识“没有这个项目”不在“项目”工作表中");
    }

    @Test
    void collects_every_error_but_lists_only_up_to_the_limit() {
        WorkbookFormatException e = rejectedAfter(book -> {
            for (int r = 2; r <= 24; r++) {
                row(book, "支出明细", r).getCell(12).setCellValue("x");
                row(book, "支出明细", r).getCell(7).setCellValue("y");
                row(book, "支出明细", r).getCell(10).setCellValue("z");
            }
        });

        assertThat(e.totalErrors()).isEqualTo(69);
        assertThat(e.cellErrors()).hasSize(50);
        assertThat(e.firstErrorLine()).startsWith("工作表“支出明细”第 2 行 H 列（资金来源）").endsWith("（另有 68 处错误）");
    }

    @Test
    void rejects_a_required_cell_left_empty_and_ignores_empty_rows() {
        WorkbookFormatException e = rejectedAfter(book -> {
            row(book, "支出明细", 2).removeCell(row(book, "支出明细", 2).getCell(12));
            book.getSheet("支出明细").createRow(40).createCell(2); // an empty, styled row
        });

        assertThat(e.cellErrors()).singleElement().extracting(CellError::message)
                .isEqualTo("工作表“支出明细”第 2 行 M 列（金额（万元））：不能为空，请填写数字，最多两位小数，单位万元");
    }

    // ---- files

    @Test
    void rejects_a_file_that_is_not_an_xlsx() {
        byte[] json = "{\"format\": \"budgetflow/budget-v1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] xls = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, xls, 0, 8);

        assertThat(rejected(json).firstErrorLine()).isEqualTo("文件不是 Excel 工作簿（.xlsx）");
        assertThat(rejected(new byte[0]).firstErrorLine()).isEqualTo("文件不是 Excel 工作簿（.xlsx）：文件为空");
        assertThat(rejected(xls).firstErrorLine()).startsWith("这是 Excel 97-2003 工作簿（.xls）或加密的工作簿");
        assertThat(rejected(Arrays.copyOf(EXAMPLE, EXAMPLE.length / 2)).firstErrorLine()).startsWith("文件已损坏");
    }

    @Test
    void rejects_a_50_mb_file_before_parsing_it() throws IOException {
        Path big = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(EXAMPLE); // a real workbook at the start
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }

        WorkbookFormatException fromPath = catchThrowableOfType(() -> Workbooks.READER.read(big),
                WorkbookFormatException.class);
        long[] consumed = {0};
        InputStream counting = new FilterInputStream(Files.newInputStream(big)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };
        WorkbookFormatException fromStream;
        try (counting) {
            fromStream = catchThrowableOfType(() -> Workbooks.READER.read(counting), WorkbookFormatException.class);
        }

        assertThat(fromPath.firstErrorLine()).startsWith("文件大小为 50.").contains("超过 20 MB 的上限，未读取");
        assertThat(fromStream.firstErrorLine()).startsWith("文件超过 20 MB 的上限，未读取");
        assertThat(consumed[0]).isLessThanOrEqualTo(20L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void rejects_a_zip_bomb_whose_sheet_inflates_to_hundreds_of_megabytes() throws IOException {
        byte[] bomb = bomb(EXAMPLE, 120);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        WorkbookFormatException e = rejected(bomb);

        assertThat(e.firstErrorLine()).contains("疑似压缩炸弹，拒绝导入");
    }

    @Test
    void poi_itself_refuses_the_bomb_once_the_reader_has_set_its_limits() throws IOException {
        byte[] bomb = bomb(EXAMPLE, 120);
        assertThat(Workbooks.READER).isNotNull(); // the reader class is initialised

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> new XSSFWorkbook(new ByteArrayInputStream(bomb)).close());

        assertThat(thrown).isNotNull();
        assertThat(thrown).hasStackTraceContaining("Zip bomb detected");
    }

    @Test
    void rejects_a_sheet_with_more_rows_than_the_limit() {
        WorkbookReader small = new WorkbookReader(Workbooks.CATALOG, WorkbookLimits.DEFAULT.withMaxRows(10));

        WorkbookFormatException e = catchThrowableOfType(() -> small.read(new ByteArrayInputStream(EXAMPLE)),
                WorkbookFormatException.class);

        assertThat(e.cellErrors()).extracting(CellError::message).contains(
                "工作表“支出明细”超过 10 行，无法导入；请拆分后分别导入或联系财政部门");
    }

    /** The workbook with its 支出明细 sheet's XML replaced by one padded with {@code megabytes} MB of spaces. */
    static byte[] bomb(byte[] workbook, int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet6.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                            + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
