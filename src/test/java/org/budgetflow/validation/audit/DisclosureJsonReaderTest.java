package org.budgetflow.validation.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DisclosureJsonReaderTest {

    private static DisclosureDocument read(String json) {
        return new DisclosureJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reads_the_published_xigong_disclosure_with_typed_tables_and_narrative() {
        DisclosureDocument d = AuditDisclosures.readXigong();

        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.departmentCode()).isEqualTo("310");
        assertThat(d.units()).extracting(DisclosureDocument.Unit::code).containsExactly("310001");
        assertThat(d.table01().total(Table01.CARRY_FORWARD)).isEqualByComparingTo("0.00");
        assertThat(d.table01().expenditure("212").orElseThrow().amount()).isEqualByComparingTo("173.00");
        assertThat(d.table04().classRow("212").orElseThrow().get("一般公共预算_小计")).isEqualByComparingTo("134.50");
        assertThat(d.table04().carryForward().orElseThrow().get("合计")).isEqualByComparingTo("5140.50");
        assertThat(d.table05().row("function", "2290402")).isPresent();
        assertThat(d.table06().rows()).hasSize(14);
        assertThat(d.table08().remarkText()).hasValueSatisfying(r -> assertThat(r).contains("故此表无数据"));
        assertThat(d.table11().leaves()).hasSize(9);
        assertThat(d.table12().budget().get("部门预算总额")).isEqualByComparingTo("5301.42");
        assertThat(d.table13().projects()).hasSize(9);
        assertThat(d.narrative().amount("支出", "基本支出")).contains(new BigDecimal("118.72"));
        assertThat(d.narrative().percent("支出", "基本支出占比").orElseThrow().decimals()).isEqualTo(2);
    }

    @Test
    void reads_a_blank_cell_as_zero_but_remembers_that_it_was_blank() {
        DisclosureDocument d = AuditDisclosures.readXigong();

        Values row = d.table04().classRow("229").orElseThrow().values();
        assertThat(row.get("政府性基金")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(row.isBlank("政府性基金")).isTrue();
        assertThat(d.table10().hasData()).isFalse();
    }

    @Test
    void gives_every_row_a_location_made_of_its_identity() {
        DisclosureDocument d = AuditDisclosures.readXigong();

        assertThat(d.table03().total().orElseThrow().at("合计")).isEqualTo("tables.03.rows[rowType=total].合计");
        assertThat(d.table03().row("function", "2120101").orElseThrow().location())
                .isEqualTo("tables.03.rows[code=2120101]");
        assertThat(d.table07().leaves().get(0).location())
                .isEqualTo("tables.07.rows[deptEconCode=30108][govEconCode=50102]");
        assertThat(d.table04().currentExpenditure().orElseThrow().at("合计"))
                .isEqualTo("tables.04.expenditure[item=一、本年支出].合计");
        assertThat(d.table01().income(IncomeSource.GENERAL_PUBLIC_BUDGET).orElseThrow().location())
                .isEqualTo("tables.01.income[item=一、一般公共预算].amount");
        assertThat(d.table13().projects().get(0).location())
                .isEqualTo("tables.13.projects[projectCode=410303220000000009157]");
    }

    @Test
    void falls_back_to_the_row_index_when_a_row_identity_repeats() {
        DisclosureDocument d = AuditDisclosures.consistent()
                .append("tables.06.rows", "{\"deptEconCode\":\"30101\",\"deptEconName\":\"基本工资\","
                        + "\"govEconCode\":\"50101\",\"govEconName\":\"工资奖金津补贴\",\"values\":{\"合计\":\"1.00\"}}")
                .document();

        assertThat(d.table06().rows()).extracting(TableRow::location)
                .contains("tables.06.rows[0]", "tables.06.rows[3]");
    }

    @Test
    void rejects_text_that_is_not_json_with_one_chinese_line() {
        assertThatThrownBy(() -> read("{\"format\": "))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessageStartingWith("不是有效的 JSON 文档")
                .hasMessageNotContaining("com.fasterxml")
                .hasMessageNotContaining("\n");
    }

    @Test
    void rejects_an_empty_document() {
        assertThatThrownBy(() -> read("")).isInstanceOf(DisclosureFormatException.class).hasMessage("文档为空");
    }

    @Test
    void rejects_a_document_of_another_format_naming_the_format_field() {
        String json = AuditDisclosures.consistent().set("format", "budgetflow/budget-v1").json();

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("format: 格式标识为“budgetflow/budget-v1”，应为 budgetflow/disclosure-v1");
    }

    @Test
    void rejects_a_document_without_format() {
        String json = AuditDisclosures.consistent().remove("format").json();

        assertThatThrownBy(() -> read(json)).hasMessage("format: 缺少格式标识，应为 budgetflow/disclosure-v1");
    }

    @Test
    void rejects_a_document_that_lacks_table_04() {
        String json = AuditDisclosures.consistent().remove("tables.04").json();

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("tables.04: 缺少表04")
                .extracting(e -> ((DisclosureFormatException) e).field()).isEqualTo("tables.04");
    }

    @Test
    void rejects_a_row_table_without_rows() {
        String json = AuditDisclosures.consistent().remove("tables.05.rows").json();

        assertThatThrownBy(() -> read(json)).hasMessage("tables.05.rows: 缺少数据行");
    }

    @Test
    void rejects_an_amount_that_is_not_a_number_naming_the_cell() {
        String json = AuditDisclosures.consistent().set("tables.05.rows[code=2010301].合计", "七十").json();

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("tables.05.rows[code=2010301].合计: 金额“七十”不是数字");
    }

    @Test
    void rejects_a_year_that_is_not_four_digits() {
        String json = AuditDisclosures.consistent().set("year", "二〇二四").json();

        assertThatThrownBy(() -> read(json)).hasMessage("year: 预算年度“二〇二四”不是四位年份");
    }

    @Test
    void rejects_a_document_without_department_name() {
        String json = AuditDisclosures.consistent().remove("department.name").json();

        assertThatThrownBy(() -> read(json)).hasMessage("department.name: 缺少部门名称");
    }

    @Test
    void accepts_amounts_written_as_json_numbers_and_empty_strings() {
        DisclosureDocument d = AuditDisclosures.consistent()
                .setJson("tables.01.totals.收入总计", "170.00")
                .set("tables.01.income[item=九、其他收入].amount", "")
                .document();

        assertThat(d.table01().total(Table01.INCOME_TOTAL)).isEqualByComparingTo("170");
        assertThat(d.table01().income(IncomeSource.OTHER).orElseThrow().amount()).isEqualByComparingTo("0");
    }
}
