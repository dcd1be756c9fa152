package org.budgetflow.disclosure.render.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as open-data users need it: UTF-8 with a byte-order mark (so Excel reads the Chinese correctly), records
 * ended by CRLF, fields quoted as RFC 4180 says (when they hold a comma, a double quote, CR or LF; quotes doubled).
 * A text field that a spreadsheet would run as a formula — starting with =, +, -, @, a tab or CR — gets a leading
 * apostrophe; amounts are never altered.
 */
final class CsvDocument {
    static final String BOM = "\uFEFF";
    static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder(4096).append(BOM);

    CsvDocument header(List<String> names) {
        return record(names.stream().map(CsvField::text).toList());
    }

    CsvDocument record(List<CsvField> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            CsvField f = fields.get(i);
            if (f.value() != null) {
                text.append(quote(f.numeric() ? f.value() : neutralise(f.value())));
            }
        }
        text.append(CRLF);
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Prefixes an apostrophe to text a spreadsheet would take for a formula. */
    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }

    /** RFC 4180: quotes a field holding a comma, a double quote, CR or LF, doubling the quotes inside. */
    static String quote(String value) {
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
