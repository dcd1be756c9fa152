package org.budgetflow.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet's XML and keeps the non-empty rows with their raw cells: strings resolved from the shared-string
 * table, numbers as written in the file, formulas as formulas (never evaluated). Stops with {@link TooManyRows} past
 * the row limit, so a huge sheet is never held in memory; columns past {@link #MAX_COLUMNS} are ignored.
 */
final class SheetParser extends DefaultHandler {
    /** Columns read per row: the widest sheet has 13; anything further to the right is the user's own notes. */
    static final int MAX_COLUMNS = 32;

    /** The sheet has more non-empty rows than allowed. */
    static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    private final SharedStringCache strings;
    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();

    private int rowNumber;
    private int nextColumn;
    private RawCell[] cells;
    private boolean rowHasValue;

    private int column;
    private String type;
    private boolean hasFormula;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();

    private SheetParser(SharedStringCache strings, int maxRows) {
        this.strings = strings;
        this.maxRows = maxRows;
    }

    /** The non-empty rows of a sheet, in order. */
    static List<SheetRow> parse(InputStream sheetXml, SharedStringCache strings, int maxRows)
            throws IOException, SAXException {
        SheetParser handler = new SheetParser(strings, maxRows);
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(sheetXml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        }
        return handler.rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "f" -> {
                hasFormula = true;
                inFormula = true;
            }
            case "v" -> inValue = true;
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInline && !inPhonetic;
            default -> {
                // other elements carry formatting only
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            value.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "f" -> inFormula = false;
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> inInlineText = false;
            default -> {
                // nothing to do
            }
        }
    }

    private void startRow(String r) {
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        nextColumn = 0;
        cells = null;
        rowHasValue = false;
    }

    private void startCell(String r, String t) {
        column = r == null ? nextColumn : columnOf(r);
        nextColumn = column + 1;
        type = t;
        hasFormula = false;
        inValue = inFormula = inInline = inInlineText = inPhonetic = false;
        value.setLength(0);
        formula.setLength(0);
    }

    private void endCell() {
        RawCell cell = cell();
        if (cell == null || column >= MAX_COLUMNS) {
            return;
        }
        if (cells == null) {
            cells = new RawCell[MAX_COLUMNS];
        }
        cells[column] = cell;
        rowHasValue = true;
    }

    private RawCell cell() {
        if (hasFormula) {
            return new RawCell(RawCell.Type.FORMULA, formula.toString());
        }
        String text = value.toString();
        if (type == null || type.equals("n")) {
            return text.isBlank() ? null : new RawCell(RawCell.Type.NUMBER, text.trim());
        }
        return switch (type) {
            case "s" -> sharedString(text);
            case "inlineStr", "str", "d" -> text.isBlank() ? null : new RawCell(RawCell.Type.TEXT, text);
            case "b" -> new RawCell(RawCell.Type.BOOLEAN, text.trim());
            case "e" -> new RawCell(RawCell.Type.ERROR, text.trim());
            default -> new RawCell(RawCell.Type.ERROR, "#" + type);
        };
    }

    private RawCell sharedString(String index) {
        if (index.isBlank()) {
            return null;
        }
        try {
            String text = strings.get(Integer.parseInt(index.trim()));
            return text == null || text.isBlank() ? null : new RawCell(RawCell.Type.TEXT, text);
        } catch (RuntimeException e) {
            return new RawCell(RawCell.Type.ERROR, "#共享字符串");
        }
    }

    private void endRow() throws TooManyRows {
        if (!rowHasValue) {
            return;
        }
        int width = MAX_COLUMNS;
        while (width > 0 && cells[width - 1] == null) {
            width--;
        }
        RawCell[] trimmed = new RawCell[width];
        System.arraycopy(cells, 0, trimmed, 0, width);
        rows.add(new SheetRow(rowNumber, trimmed));
        if (rows.size() > maxRows) {
            throw new TooManyRows();
        }
    }

    /** The column index of a cell reference ("M12" → 12); the letters before the row number. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
