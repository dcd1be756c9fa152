package org.budgetflow.disclosure.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.disclosure.model.BalanceTable;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTable;
import org.budgetflow.disclosure.model.OverallPerformanceTable;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.Table;
import org.budgetflow.disclosure.model.TableVisitor;
import org.budgetflow.disclosure.render.DeterministicZip;
import org.budgetflow.disclosure.render.DisclosureRenderer;
import org.budgetflow.disclosure.render.NarrativeText;

/**
 * {@code disclosure.xlsx}: the sheet "情况说明" with the narrative's key figures, then one sheet per table ("01
 * 部门收支预算表" …), each laid out as printed — number, title, 部门名称 and 单位：万元, the header merged as printed and
 * frozen, amounts as numeric cells in the format {@value #AMOUNT_FORMAT} (as the printed tables show them), empty
 * cells blank, the note and the empty-table remark under the table.
 * <p>
 * Text is always a string cell, never a formula; text that a spreadsheet would read as a formula (= + - @) is also
 * quote-prefixed, as Excel marks text typed after an apostrophe. The output is deterministic: the document's created
 * and modified dates and the package's entry times are fixed (by default 1 January of the budget year), and column
 * widths and row heights are computed from the text, not from the machine's fonts.
 */
public final class XlsxRenderer implements DisclosureRenderer {
    public static final String FILE_NAME = "disclosure.xlsx";
    /** The number format of amount cells. */
    public static final String AMOUNT_FORMAT = "0.00";
    /** The number format of percentages on the narrative sheet. */
    public static final String PERCENT_FORMAT = "0.00%";

    private final LocalDateTime timestamp;

    /** Stamps the workbook with 1 January of the budget year, 00:00. */
    public XlsxRenderer() {
        this(null);
    }

    /** Stamps the workbook with the given time (null: 1 January of the budget year). */
    public XlsxRenderer(LocalDateTime timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void render(Disclosure disclosure, OutputStream out) throws IOException {
        out.write(render(disclosure));
    }

    /** The workbook's bytes: the narrative's key figures and the 13 tables. */
    public byte[] render(Disclosure disclosure) {
        return render(disclosure, (NarrativeText) null);
    }

    /** Writes the workbook with the narrative text as its first sheet ("公开说明"). */
    public void render(Disclosure disclosure, NarrativeText text, OutputStream out) throws IOException {
        out.write(render(disclosure, text));
    }

    /** The workbook's bytes; with a narrative text (may be null) its first sheet is the text as printed. */
    public byte[] render(Disclosure disclosure, NarrativeText text) {
        LocalDateTime time = timestampFor(disclosure);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            if (text != null) {
                NarrativeTextSheet.write(new SheetPen(wb.createSheet(NarrativeTextSheet.NAME), styles,
                        NarrativeTextSheet.COLUMNS), disclosure, text);
            }
            NarrativeSheet.write(new SheetPen(wb.createSheet(NarrativeSheet.NAME), styles, NarrativeSheet.COLUMNS),
                    disclosure);
            for (DisclosureTable table : disclosure.tables().all()) {
                table.accept(new SheetWriter(wb, styles, disclosure));
            }
            wb.setActiveSheet(0);
            properties(wb.getProperties(), disclosure, time);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            wb.write(bytes);
            return new DeterministicZip(time).normalise(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the disclosure workbook", e);
        }
    }

    private LocalDateTime timestampFor(Disclosure disclosure) {
        if (timestamp != null) {
            return timestamp;
        }
        int year = Math.max(1980, Math.min(2107, disclosure.year()));
        return LocalDateTime.of(year, 1, 1, 0, 0);
    }

    private static void properties(POIXMLProperties properties, Disclosure disclosure, LocalDateTime time) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date date = Date.from(time.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("BudgetFlow");
        core.setTitle(disclosure.year() + "年" + disclosure.department().displayName() + "部门预算公开");
    }

    /** Adds the sheet of one table, in the layout of its shape. */
    private record SheetWriter(XSSFWorkbook wb, XlsxStyles styles, Disclosure disclosure)
            implements TableVisitor<Void> {
        @Override
        public Void visit(Table table) {
            TableSheet.write(pen(table, TableSheet.columns(table)), table, disclosure);
            return null;
        }

        @Override
        public Void visit(BalanceTable table) {
            BalanceSheet.write(pen(table, BalanceSheet.columns(table)), table, disclosure);
            return null;
        }

        @Override
        public Void visit(OverallPerformanceTable table) {
            OverallPerformanceSheet.write(pen(table, OverallPerformanceSheet.COLUMNS), table);
            return null;
        }

        @Override
        public Void visit(ProjectPerformanceTable table) {
            ProjectPerformanceSheet.write(pen(table, ProjectPerformanceSheet.COLUMNS), table, disclosure);
            return null;
        }

        private SheetPen pen(DisclosureTable table, int columns) {
            return new SheetPen(wb.createSheet(SheetNames.of(table)), styles, columns);
        }
    }
}
