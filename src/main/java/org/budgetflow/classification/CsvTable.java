package org.budgetflow.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small RFC 4180 CSV reader for the classification files: UTF-8 (a leading BOM is skipped), a header row, fields
 * optionally in double quotes. Columns are addressed by header name (case-insensitive), so a finance bureau may reorder
 * them or add columns of its own. Blank lines and lines starting with {@code #} are skipped.
 */
final class CsvTable {
    private final String source;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String source, Map<String, Integer> columns, List<Row> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /** One data row; {@code lineNumber} is the 1-based line of the file, for error messages. */
    final class Row {
        private final List<String> fields;
        private final int lineNumber;

        private Row(List<String> fields, int lineNumber) {
            this.fields = fields;
            this.lineNumber = lineNumber;
        }

        /** The trimmed value of a column, "" when the column is absent or the row is short. */
        String get(String column) {
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            if (index == null || index >= fields.size()) {
                return "";
            }
            return fields.get(index).trim();
        }

        int lineNumber() {
            return lineNumber;
        }

        String where() {
            return source + " 第 " + lineNumber + " 行";
        }
    }

    static CsvTable read(String source, Reader reader, String... requiredColumns) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        parse(new BufferedReader(reader), records, lineNumbers);
        if (records.isEmpty()) {
            throw new ClassificationDataException(source + "：文件为空，缺少表头");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
        for (String required : requiredColumns) {
            if (!columns.containsKey(required.toLowerCase(Locale.ROOT))) {
                throw new ClassificationDataException(source + "：表头缺少列 " + required + "（表头为 " + header + "）");
            }
        }
        List<Row> rows = new ArrayList<>();
        CsvTable table = new CsvTable(source, columns, rows);
        for (int i = 1; i < records.size(); i++) {
            rows.add(table.new Row(records.get(i), lineNumbers.get(i)));
        }
        return table;
    }

    List<Row> rows() {
        return rows;
    }

    private static void parse(BufferedReader in, List<List<String>> records, List<Integer> lineNumbers)
            throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '\r' -> {
                    // tolerated before \n
                }
                case '\n' -> {
                    endRecord(fields, field, fieldStarted, records, lineNumbers, recordLine);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(ch);
                    fieldStarted = true;
                }
            }
        }
        endRecord(fields, field, fieldStarted, records, lineNumbers, recordLine);
    }

    private static void endRecord(List<String> fields, StringBuilder field, boolean fieldStarted,
                                  List<List<String>> records, List<Integer> lineNumbers, int recordLine) {
        if (!fieldStarted && fields.isEmpty()) {
            return; // blank line
        }
        fields.add(field.toString());
        String first = fields.get(0).trim();
        if (first.startsWith("#") || (fields.size() == 1 && first.isEmpty())) {
            return; // comment or whitespace-only line
        }
        records.add(fields);
        lineNumbers.add(recordLine);
    }
}
