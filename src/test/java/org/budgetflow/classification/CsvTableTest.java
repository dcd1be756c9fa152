package org.budgetflow.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void reads_columns_by_header_name_with_quotes_commas_and_a_bom() throws IOException {
        CsvTable table = CsvTable.read("t.csv", new StringReader(
                "\uFEFFname,code\r\n\"甲,乙\",\"12\"\"3\"\n# comment\n\n丙,456\n"), "code", "name");

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("name")).isEqualTo("甲,乙");
        assertThat(table.rows().get(0).get("code")).isEqualTo("12\"3");
        assertThat(table.rows().get(1).get("CODE")).isEqualTo("456");
        assertThat(table.rows().get(1).get("missing")).isEmpty();
        assertThat(table.rows().get(1).where()).isEqualTo("t.csv 第 5 行");
    }

    @Test
    void rejects_a_file_without_a_required_column() {
        assertThatThrownBy(() -> CsvTable.read("t.csv", new StringReader("code\n123\n"), "code", "name"))
                .isInstanceOf(ClassificationDataException.class)
                .hasMessageContaining("t.csv")
                .hasMessageContaining("name");
    }
}
