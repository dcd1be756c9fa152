package org.budgetflow.district;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small CSV tables under {@code district/}: a header row, comma-separated fields without quoting (the tables need
 * none), blank lines and lines starting with {@code #} skipped. Columns are addressed by header name.
 */
final class CsvRows {
    private CsvRows() {
    }

    /** One data row: column → trimmed value ("" for a missing column); {@code where} is "file 第 n 行". */
    record Row(Map<String, String> values, String where) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    static List<Row> read(String resource, String... requiredColumns) {
        InputStream in = CsvRows.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Resource not on the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (header == null) {
                    header = fields;
                    requireColumns(resource, header, requiredColumns);
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.length && i < fields.length; i++) {
                    values.put(header[i].trim(), fields[i].trim());
                }
                rows.add(new Row(values, resource + " 第 " + lineNumber + " 行"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static void requireColumns(String resource, String[] header, String[] required) {
        List<String> present = new ArrayList<>();
        for (String h : header) {
            present.add(h.trim());
        }
        for (String column : required) {
            if (!present.contains(column)) {
                throw new IllegalStateException(resource + " lacks the column " + column);
            }
        }
    }

    /** Keywords separated by |; "*" matches anything. */
    static List<String> keywords(String field) {
        List<String> result = new ArrayList<>();
        for (String k : field.split("\\|")) {
            if (!k.isBlank()) {
                result.add(k.strip());
            }
        }
        return List.copyOf(result);
    }

    static boolean matches(List<String> keywords, String text) {
        for (String k : keywords) {
            if (k.equals("*") || (text != null && text.contains(k))) {
                return true;
            }
        }
        return false;
    }
}
