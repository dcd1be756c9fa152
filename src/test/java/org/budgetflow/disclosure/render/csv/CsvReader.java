package org.budgetflow.disclosure.render.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: BOM expected, CRLF record ends, quoted fields. */
final class CsvReader {
    private CsvReader() {
    }

    static List<List<String>> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(CsvDocument.BOM)) {
            throw new IllegalArgumentException("no byte-order mark");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new IllegalArgumentException("bare " + (int) c + " at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || !field.isEmpty() || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record is not ended by CRLF");
        }
        return records;
    }
}
