package org.budgetflow.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the template, created once per workbook. */
final class Styles {
    final CellStyle header;
    final CellStyle requiredHeader;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle codeText;
    final CellStyle amount;
    final CellStyle integer;
    final CellStyle title;
    final CellStyle hint;

    Styles(XSSFWorkbook workbook) {
        short textFormat = workbook.createDataFormat().getFormat("@");
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = headerStyle(workbook, bold, IndexedColors.PALE_BLUE);
        requiredHeader = headerStyle(workbook, bold, IndexedColors.LIGHT_ORANGE);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setDataFormat(textFormat);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        codeText = workbook.createCellStyle();
        codeText.setDataFormat(textFormat);
        codeText.setVerticalAlignment(VerticalAlignment.TOP);
        amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        amount.setVerticalAlignment(VerticalAlignment.TOP);
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        Font grey = workbook.createFont();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        hint = workbook.createCellStyle();
        hint.setFont(grey);
        hint.setWrapText(true);
        hint.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The style of a value cell of a column. */
    CellStyle of(Column column) {
        return switch (column.kind()) {
            case AMOUNT -> amount;
            case INTEGER -> integer;
            case DIGITS, CLASSIFICATION -> codeText;
            case CHOICE -> text;
            case TEXT -> column.width() >= 40 ? wrapped : codeText;
        };
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, Font font, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
