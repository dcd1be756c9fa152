package org.budgetflow.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.budget.FundSource.FISCAL_SPECIAL_ACCOUNT;
import static org.budgetflow.budget.FundSource.GENERAL_PUBLIC_BUDGET;
import static org.budgetflow.testing.BookBudgets.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.testing.BookBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

class BookJsonWriterTest {
    private static final CongressBook BOOK = CongressBookBuilder.build(2024, List.of(
            BookBudgets.department("101", "人大常委会办公室")
                    .basic("553.71")
                    .project("410303220000000016801", "办公经费-公务用车维护费", "101001",
                            ProjectType.OTHER_OPERATING,
                            List.of(indicator(IndicatorCategory.COST, "运行维护费", "≤2.4 万"),
                                    indicator(IndicatorCategory.SATISFACTION, "车辆使用人员满意度", "≥95%")),
                            GENERAL_PUBLIC_BUDGET, "2.40", FISCAL_SPECIAL_ACCOUNT, "0.01")
                    .overall("投入管理指标", "预算和财务管理", "预算执行率", "≥99%")
                    .build()),
            b -> List.of(Finding.warning("L1", "projects[0].indicators[1]", "满意度写成了 ≤")));

    private final JsonNode root = read(new BookJsonWriter().write(BOOK));

    @Test
    void writes_the_year_the_amount_unit_and_the_departments_in_the_issues_shape() {
        assertThat(names(root)).containsExactly("year", "amountUnit", "departments", "summary");
        assertThat(root.get("year").asInt()).isEqualTo(2024);
        assertThat(root.get("amountUnit").asText()).isEqualTo("元");
        JsonNode d = root.get("departments").get(0);
        assertThat(names(d)).containsExactly("code", "name", "预算情况", "indicators", "projects");
        assertThat(names(d.get("预算情况")))
                .containsExactly("部门预算总额", "政府预算资金", "财政专户管理资金", "单位资金", "基本支出", "项目支出");
        assertThat(names(d.get("indicators").get(0))).containsExactly("一级指标", "二级指标", "三级指标", "指标值");
        assertThat(names(d.get("projects").get(0))).containsExactly("unitCode", "projectCode", "projectName", "项目类型",
                "资金总额", "政府预算资金", "indicators");
        assertThat(names(d.get("projects").get(0).get("indicators").get(0))).containsExactly("category", "name", "value");
    }

    @Test
    void writes_amounts_as_decimal_strings_in_yuan_with_two_decimals() {
        JsonNode d = root.get("departments").get(0);
        JsonNode figures = d.get("预算情况");

        assertThat(figures.get("部门预算总额").isTextual()).isTrue();
        assertThat(figures.get("部门预算总额").asText()).isEqualTo("5561200.00");
        assertThat(figures.get("政府预算资金").asText()).isEqualTo("5561100.00");
        assertThat(figures.get("财政专户管理资金").asText()).isEqualTo("100.00");
        assertThat(figures.get("单位资金").asText()).isEqualTo("0.00");
        assertThat(figures.get("基本支出").asText()).isEqualTo("5537100.00");
        assertThat(figures.get("项目支出").asText()).isEqualTo("24100.00");
        assertThat(d.get("projects").get(0).get("资金总额").asText()).isEqualTo("24100.00");
        assertThat(d.get("projects").get(0).get("政府预算资金").asText()).isEqualTo("24000.00");
    }

    @Test
    void writes_the_project_type_label_and_the_indicator_category_codes() {
        JsonNode p = root.get("departments").get(0).get("projects").get(0);

        assertThat(p.get("项目类型").asText()).isEqualTo("其他运转类");
        assertThat(p.get("unitCode").asText()).isEqualTo("101001");
        assertThat(p.get("indicators")).extracting(i -> i.get("category").asText()).containsExactly("COST", "SATISFACTION");
        assertThat(p.get("indicators").get(0).get("value").asText()).isEqualTo("≤2.4 万");
        assertThat(root.get("departments").get(0).get("indicators").get(0).get("指标值").asText()).isEqualTo("≥99%");
    }

    @Test
    void adds_a_summary_with_the_district_totals_and_the_findings_per_department() {
        JsonNode s = root.get("summary");

        assertThat(s.get("departmentCount").asInt()).isEqualTo(1);
        assertThat(s.get("projectCount").asInt()).isEqualTo(1);
        assertThat(s.get("预算情况").get("部门预算总额").asText()).isEqualTo("5561200.00");
        assertThat(s.get("errors").asInt()).isZero();
        assertThat(s.get("warnings").asInt()).isEqualTo(1);
        JsonNode finding = s.get("departments").get(0).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("L1");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("location").asText()).isEqualTo("projects[0].indicators[1]");
    }

    @Test
    void writes_the_same_bytes_twice_with_unix_line_ends_and_a_final_newline() {
        byte[] first = new BookJsonWriter().write(BOOK);
        byte[] second = new BookJsonWriter().write(BOOK);

        assertThat(second).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void converts_wan_to_yuan_exactly_without_rounding() {
        assertThat(Yuan.plain(new BigDecimal("0.01"))).isEqualTo("100.00");
        assertThat(Yuan.plain(new BigDecimal("739.55"))).isEqualTo("7395500.00");
        assertThat(Yuan.plain(new BigDecimal("0.0000001"))).isEqualTo("0.001");
        assertThat(Yuan.plain(null)).isEqualTo("0.00");
        assertThat(Yuan.grouped(new BigDecimal("178391.63"))).isEqualTo("1,783,916,300.00");
    }

    private static JsonNode read(byte[] json) {
        try {
            return new JsonMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
