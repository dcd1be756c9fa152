package org.budgetflow.disclosure.render.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the disclosure workbook, created once per workbook (a workbook holds a limited number of
 * styles). Amounts use {@link XlsxRenderer#AMOUNT_FORMAT}, as the printed tables show them ("5301.42").
 */
final class XlsxStyles {
    static final String FONT = "宋体";

    final CellStyle number;
    final CellStyle title;
    final CellStyle info;
    final CellStyle infoRight;
    final CellStyle infoCentered;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle textQuoted;
    final CellStyle textBoldQuoted;
    final CellStyle amount;
    final CellStyle amountBold;
    final CellStyle percent;
    final CellStyle count;
    final CellStyle note;
    final CellStyle noteQuoted;
    final CellStyle section;

    XlsxStyles(Workbook wb) {
        Font base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 10);
        Font bold = font(wb, 10, true);
        Font large = font(wb, 16, true);

        number = wb.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.CENTER);

        title = wb.createCellStyle();
        title.setFont(large);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        info = wb.createCellStyle();
        info.setVerticalAlignment(VerticalAlignment.CENTER);
        infoRight = wb.createCellStyle();
        infoRight.cloneStyleFrom(info);
        infoRight.setAlignment(HorizontalAlignment.RIGHT);
        infoCentered = wb.createCellStyle();
        infoCentered.cloneStyleFrom(info);
        infoCentered.setAlignment(HorizontalAlignment.CENTER);

        header = bordered(wb);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered(wb);
        text.setWrapText(true);
        textBold = bordered(wb);
        textBold.cloneStyleFrom(text);
        textBold.setFont(bold);
        textQuoted = quoted(wb, text);
        textBoldQuoted = quoted(wb, textBold);

        short amountFormat = wb.createDataFormat().getFormat(XlsxRenderer.AMOUNT_FORMAT);
        amount = bordered(wb);
        amount.setDataFormat(amountFormat);
        amountBold = bordered(wb);
        amountBold.cloneStyleFrom(amount);
        amountBold.setFont(bold);

        percent = bordered(wb);
        percent.setDataFormat(wb.createDataFormat().getFormat(XlsxRenderer.PERCENT_FORMAT));
        count = bordered(wb);
        count.setDataFormat(wb.createDataFormat().getFormat("0"));

        note = wb.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        noteQuoted = quoted(wb, note);

        section = wb.createCellStyle();
        section.setFont(bold);
        section.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    /** The text style for a value: bold or not, and quote-prefixed when Excel could take it for a formula. */
    CellStyle text(String value, boolean bold) {
        if (FormulaText.looksLikeFormula(value)) {
            return bold ? textBoldQuoted : textQuoted;
        }
        return bold ? textBold : text;
    }

    CellStyle note(String value) {
        return FormulaText.looksLikeFormula(value) ? noteQuoted : note;
    }

    private static Font font(Workbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    /** Excel's own mark for text typed with a leading apostrophe: shown as is, never re-read as a formula. */
    private static CellStyle quoted(Workbook wb, CellStyle base) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setQuotePrefixed(true);
        return s;
    }
}
