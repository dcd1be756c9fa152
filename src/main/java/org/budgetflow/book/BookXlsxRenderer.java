package org.budgetflow.book;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.Indicator;
import org.budgetflow.disclosure.render.DeterministicZip;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;

/**
 * {@code book.xlsx}: four sheets for the reviewer's own sorting and filtering —
 * <ul>
 *   <li>汇总: the district's totals, then one row per department (预算情况, projects, findings' counts);</li>
 *   <li>整体绩效目标: one row per overall indicator, with the department's code and name;</li>
 *   <li>项目绩效目标: one row per project indicator with department, unit and project columns (a project without
 *       indicators gets one row with empty indicator cells);</li>
 *   <li>审查提示: every finding (department, rule, severity, message, location).</li>
 * </ul>
 * Amounts are numeric cells in 元, format {@value #AMOUNT_FORMAT}. Text is always a string cell, never a formula;
 * text a spreadsheet would take for a formula (= + - @) is also quote-prefixed, as Excel marks text typed after an
 * apostrophe (like the disclosure workbook). Header rows are frozen and filtered. Deterministic: fixed document dates
 * (1 January of the book's year) and ZIP entry times, column widths fixed per column. Streamed with POI's SXSSF
 * (inline strings), so that the district's ten thousand rows take well under a second.
 */
public final class BookXlsxRenderer {
    public static final String FILE_NAME = "book.xlsx";
    public static final String AMOUNT_FORMAT = "0.00";
    public static final String SUMMARY = "汇总";
    public static final String OVERALL = "整体绩效目标";
    public static final String PROJECTS = "项目绩效目标";
    public static final String FINDINGS = "审查提示";
    /** Rows kept in memory per sheet: the workbook is streamed (inline strings, no shared-string table). */
    private static final int ROW_WINDOW = 200;

    public byte[] render(CongressBook book) {
        LocalDateTime time = LocalDateTime.of(Math.max(1980, Math.min(2107, book.year())), 1, 1, 0, 0);
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        // without Zip64 extras and data descriptors the package reads back with java.util.zip (DeterministicZip)
        wb.setZip64Mode(Zip64Mode.Never);
        try {
            Styles styles = new Styles(wb);
            summary(new Pen(wb.createSheet(SUMMARY), styles), book);
            overall(new Pen(wb.createSheet(OVERALL), styles), book);
            projects(new Pen(wb.createSheet(PROJECTS), styles), book);
            findings(new Pen(wb.createSheet(FINDINGS), styles), book);
            wb.setActiveSheet(0);
            POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            Date date = Date.from(time.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setCreator("BudgetFlow");
            core.setTitle(book.title());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            wb.write(bytes);
            return new DeterministicZip(time).normalise(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the congress book workbook", e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException e) {
                // nothing was written to a file of ours; the temporary files are gone already
            }
        }
    }

    private static final List<String> FIGURES = List.of("部门预算总额", "政府预算资金", "财政专户管理资金", "单位资金",
            "基本支出", "项目支出");

    private static void summary(Pen pen, CongressBook book) {
        DistrictSummary s = book.summary();
        pen.title(0, book.title() + "：汇总（金额单位：元）", 10);
        int r = 2;
        pen.header(r, 0, "项目");
        pen.header(r, 1, "全区");
        r++;
        pen.text(r, 0, "部门数");
        pen.count(r++, 1, s.departments());
        pen.text(r, 0, "项目数");
        pen.count(r++, 1, s.projects());
        List<BigDecimal> totals = figures(s.totals());
        for (int i = 0; i < FIGURES.size(); i++) {
            pen.text(r, 0, FIGURES.get(i));
            pen.amount(r++, 1, totals.get(i));
        }
        pen.text(r, 0, "校验错误（项）");
        pen.count(r++, 1, s.errors());
        pen.text(r, 0, "校验警告（项）");
        pen.count(r++, 1, s.warnings());

        r++;
        int headerRow = r;
        List<String> headers = new ArrayList<>(List.of("部门代码", "部门名称"));
        headers.addAll(FIGURES);
        headers.addAll(List.of("项目数", "错误", "警告"));
        pen.headers(r++, headers);
        for (DepartmentSection d : book.departments()) {
            pen.text(r, 0, d.code());
            pen.text(r, 1, d.name());
            List<BigDecimal> f = figures(d.figures());
            for (int i = 0; i < f.size(); i++) {
                pen.amount(r, 2 + i, f.get(i));
            }
            pen.count(r, 8, d.projects().size());
            pen.count(r, 9, d.count(Severity.ERROR));
            pen.count(r, 10, d.count(Severity.WARNING));
            r++;
        }
        pen.finish(new int[] {16, 40, 16, 16, 16, 16, 16, 16, 8, 8, 8}, headerRow, r - 1, headers.size(), false);
    }

    private static void overall(Pen pen, CongressBook book) {
        List<String> headers = List.of("部门代码", "部门名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值说明");
        pen.headers(0, headers);
        int r = 1;
        for (DepartmentSection d : book.departments()) {
            for (OverallIndicator i : d.indicators()) {
                pen.text(r, 0, d.code());
                pen.text(r, 1, d.name());
                pen.text(r, 2, i.level1());
                pen.text(r, 3, i.level2());
                pen.text(r, 4, i.level3());
                pen.text(r, 5, i.value());
                pen.text(r, 6, i.explanation());
                r++;
            }
        }
        pen.finish(new int[] {9, 36, 14, 16, 30, 14, 60}, 0, r - 1, headers.size(), true);
    }

    private static void projects(Pen pen, CongressBook book) {
        List<String> headers = List.of("部门代码", "部门名称", "单位代码", "单位名称", "项目编码", "项目名称", "项目类型",
                "资金总额（元）", "政府预算资金（元）", "一级指标", "指标类别", "三级指标", "指标值");
        pen.headers(0, headers);
        int r = 1;
        for (DepartmentSection d : book.departments()) {
            for (UnitGroup unit : d.units()) {
                for (ProjectEntry p : unit.projects()) {
                    List<Indicator> indicators = p.indicators().isEmpty() ? null : p.indicators();
                    int n = indicators == null ? 1 : indicators.size();
                    for (int k = 0; k < n; k++) {
                        pen.text(r, 0, d.code());
                        pen.text(r, 1, d.name());
                        pen.text(r, 2, unit.code());
                        pen.text(r, 3, unit.name());
                        pen.text(r, 4, p.projectCode());
                        pen.text(r, 5, p.projectName());
                        pen.text(r, 6, p.typeLabel());
                        pen.amount(r, 7, p.total());
                        pen.amount(r, 8, p.governmentFunds());
                        if (indicators != null) {
                            Indicator i = indicators.get(k);
                            pen.text(r, 9, i.category() == null ? null : i.category().label() + "指标");
                            pen.text(r, 10, i.category() == null ? null : i.category().name());
                            pen.text(r, 11, i.name());
                            pen.text(r, 12, i.value());
                        }
                        r++;
                    }
                }
            }
        }
        pen.finish(new int[] {9, 30, 10, 30, 24, 36, 11, 16, 18, 11, 13, 36, 20}, 0, r - 1, headers.size(), true);
    }

    private static void findings(Pen pen, CongressBook book) {
        List<String> headers = List.of("部门代码", "部门名称", "规则", "级别", "说明", "位置");
        pen.headers(0, headers);
        int r = 1;
        for (DepartmentSection d : book.departments()) {
            for (Finding f : d.findings()) {
                pen.text(r, 0, d.code());
                pen.text(r, 1, d.name());
                pen.text(r, 2, f.rule());
                pen.text(r, 3, f.severity().label());
                pen.text(r, 4, f.message());
                pen.text(r, 5, f.location());
                r++;
            }
        }
        pen.finish(new int[] {9, 36, 7, 7, 90, 40}, 0, r - 1, headers.size(), true);
    }

    private static List<BigDecimal> figures(BudgetFigures f) {
        return List.of(f.total(), f.governmentFunds(), f.specialAccount(), f.unitFunds(), f.basic(), f.project());
    }

    /** Writes the cells of one sheet. */
    private static final class Pen {
        private final Sheet sheet;
        private final Styles styles;

        Pen(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        Row row(int r) {
            Row row = sheet.getRow(r);
            return row != null ? row : sheet.createRow(r);
        }

        void title(int r, String text, int lastColumn) {
            Cell cell = row(r).createCell(0);
            cell.setCellStyle(styles.title);
            cell.setCellValue(text);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
        }

        void header(int r, int c, String text) {
            Cell cell = row(r).createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(text);
        }

        void headers(int r, List<String> labels) {
            for (int c = 0; c < labels.size(); c++) {
                header(r, c, labels.get(c));
            }
        }

        /** A string cell, never a formula; quote-prefixed when it looks like one. Blank when null. */
        void text(int r, int c, String value) {
            Cell cell = row(r).createCell(c);
            if (value == null) {
                cell.setCellStyle(styles.text);
                return;
            }
            cell.setCellStyle(looksLikeFormula(value) ? styles.textQuoted : styles.text);
            cell.setCellValue(value);
        }

        /** An amount in 万元 written as a number of 元 (exact in 元; a double only at this presentation boundary). */
        void amount(int r, int c, BigDecimal wan) {
            Cell cell = row(r).createCell(c);
            cell.setCellStyle(styles.amount);
            cell.setCellValue(Yuan.of(wan).doubleValue());
        }

        void count(int r, int c, long value) {
            Cell cell = row(r).createCell(c);
            cell.setCellStyle(styles.count);
            cell.setCellValue(value);
        }

        void finish(int[] widths, int headerRow, int lastRow, int columns, boolean freeze) {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            if (freeze) {
                sheet.createFreezePane(0, headerRow + 1);
            }
            if (lastRow > headerRow) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns - 1));
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }

        private static boolean looksLikeFormula(String value) {
            if (value.isEmpty()) {
                return false;
            }
            char first = value.charAt(0);
            return first == '=' || first == '+' || first == '-' || first == '@';
        }
    }

    /** The workbook's few cell styles, created once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle textQuoted;
        final CellStyle amount;
        final CellStyle count;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            header = bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            text.setWrapText(true);
            textQuoted = bordered(wb);
            textQuoted.cloneStyleFrom(text);
            textQuoted.setQuotePrefixed(true);
            amount = bordered(wb);
            amount.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
            count = bordered(wb);
            count.setDataFormat(wb.createDataFormat().getFormat("0"));
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
