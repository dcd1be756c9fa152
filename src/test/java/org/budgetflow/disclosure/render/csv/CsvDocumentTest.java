package org.budgetflow.disclosure.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Field-level rules of the CSV files: RFC 4180 quoting and formula neutralisation. */
class CsvDocumentTest {

    @Test
    void prefixes_an_apostrophe_to_text_starting_with_a_formula_character() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvDocument.neutralise(risky)).as(risky).isEqualTo("'" + risky);
        }
    }

    @Test
    void leaves_ordinary_text_alone() {
        for (String plain : List.of("行政运行", "a=b", "30108/50102", "≤0.27万元", "'quoted", "")) {
            assertThat(CsvDocument.neutralise(plain)).as(plain).isEqualTo(plain);
        }
    }

    @Test
    void never_alters_an_amount_even_a_negative_one_but_neutralises_the_same_characters_as_text() {
        String line = line(CsvField.amount(new BigDecimal("-5")), CsvField.text("-5.00"));

        assertThat(line).isEqualTo("-5.00,'-5.00");
    }

    @Test
    void quotes_fields_with_a_comma_a_quote_or_a_line_break_and_doubles_the_quotes() {
        assertThat(CsvDocument.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvDocument.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvDocument.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvDocument.quote("plain")).isEqualTo("plain");
    }

    @Test
    void neutralises_before_quoting_so_the_apostrophe_is_inside_the_quotes() {
        assertThat(line(CsvField.text("=A1,B1"))).isEqualTo("\"'=A1,B1\"");
    }

    @Test
    void writes_an_empty_field_for_a_null_cell_and_two_decimals_for_an_amount() {
        assertThat(line(CsvField.text(null), CsvField.amount(null), CsvField.amount(new BigDecimal("8.3"))))
                .isEqualTo(",,8.30");
    }

    private static String line(CsvField... fields) {
        String text = new String(new CsvDocument().record(List.of(fields)).bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith(CsvDocument.BOM).endsWith(CsvDocument.CRLF);
        return text.substring(1, text.length() - 2);
    }
}
