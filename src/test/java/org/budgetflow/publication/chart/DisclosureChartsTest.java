package org.budgetflow.publication.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.disclosure.render.html.Markup;
import org.budgetflow.testing.SharedExamples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The five charts read from the worked example's published disclosure (disclosure.expected.json). */
class DisclosureChartsTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void reads_income_by_source_with_the_carry_over_and_without_the_of_which_line() throws IOException {
        Chart income = charts(published()).get(0);

        assertThat(income.id()).isEqualTo("chart-income");
        assertThat(labelsAndValues(income)).containsExactly("一般公共预算 160.92", "上年结转结余 5140.50");
        assertThat(income.share(income.items().get(0))).isEqualTo("3.04%");
    }

    @Test
    void reads_spending_by_functional_class_leaving_out_classes_without_money() throws IOException {
        Chart functions = charts(published()).get(1);

        assertThat(labelsAndValues(functions)).containsExactly("208 社会保障和就业 8.33", "210 卫生健康 9.58",
                "212 城乡社区事务 173.00", "221 住房保障支出 110.51", "229 其他支出 5000.00");
    }

    @Test
    void reads_basic_and_project_spending_from_the_narrative() throws IOException {
        Chart split = charts(published()).get(2);

        assertThat(labelsAndValues(split)).containsExactly("基本支出 118.72", "项目支出 5182.70");
        assertThat(split.share(split.items().get(0))).isEqualTo("2.24%");
    }

    @Test
    void derives_the_prior_year_from_the_stated_change() throws IOException {
        Chart change = charts(published()).get(3);

        assertThat(change.series()).containsExactly("上年", "本年");
        assertThat(change.items()).extracting(i -> i.label() + " " + i.values().get(0) + " " + i.values().get(1))
                .containsExactly("收支总计 16122.60 5301.42", "一般公共预算 207.60 301.42", "政府性基金 16000.00 5000.00");
    }

    @Test
    void leaves_out_a_comparison_the_narrative_does_not_state_and_says_so_when_none_is() throws IOException {
        ObjectNode disclosure = published();
        ((ObjectNode) disclosure.path("narrative").path("财政拨款收支")).putNull("政府性基金比上年");
        ((ObjectNode) disclosure.path("narrative").path("收支总计")).remove("比上年");
        ((ObjectNode) disclosure.path("narrative").path("财政拨款收支")).remove("一般公共预算比上年");
        ObjectNode partial = published();
        ((ObjectNode) partial.path("narrative").path("财政拨款收支")).putNull("政府性基金比上年");

        assertThat(charts(partial).get(3).items()).extracting(Chart.Item::label)
                .containsExactly("收支总计", "一般公共预算");
        assertThat(charts(disclosure).get(3).items()).isEmpty();
        assertThat(charts(disclosure).get(3).note()).isEqualTo("本年公开文件未说明与上年的比较。");
    }

    @Test
    void shows_the_four_three_public_components_as_zero_with_the_remark_when_there_are_none() throws IOException {
        Chart threePublic = charts(published()).get(4);

        assertThat(labelsAndValues(threePublic)).containsExactly("因公出国（境）费 0", "公务用车购置费 0",
                "公务用车运行费 0", "公务接待费 0");
        assertThat(threePublic.note()).contains("无一般公共预算“三公”经费");
    }

    @Test
    void draws_a_bar_as_long_as_its_share_of_the_largest_amount() throws IOException {
        Document svg = draw(charts(published()).get(1));

        assertThat(svg.select("rect.bar")).hasSize(5);
        double largest = Double.parseDouble(svg.selectFirst("rect.bar[data-value=5000.00]").attr("width"));
        double housing = Double.parseDouble(svg.selectFirst("rect.bar[data-value=110.51]").attr("width"));
        assertThat(housing / largest).isBetween(0.0221 - 0.001, 0.0221 + 0.001);
        assertThat(svg.selectFirst("svg title").text()).isEqualTo("支出功能分类（类）");
        assertThat(svg.selectFirst("svg desc").text()).contains("229 其他支出 5000.00");
    }

    @Test
    void draws_one_slice_per_part_and_a_full_ring_for_a_single_part() {
        Chart two = new Chart("c", "构成", Chart.Kind.DONUT, List.of("金额"), List.of(
                new Chart.Item("甲", List.of(new BigDecimal("30.00"))),
                new Chart.Item("乙", List.of(new BigDecimal("70.00")))), null);
        Chart one = new Chart("c", "构成", Chart.Kind.DONUT, List.of("金额"), List.of(
                new Chart.Item("甲", List.of(new BigDecimal("30.00")))), null);

        assertThat(draw(two).select("path.slice").eachAttr("data-value")).containsExactly("30.00", "70.00");
        assertThat(draw(two).select("table.chart-data td").eachText()).contains("30.00%", "70.00%");
        assertThat(draw(one).select("circle.slice")).hasSize(1);
        assertThat(draw(one).select("path.slice")).isEmpty();
    }

    @Test
    void escapes_a_label_that_is_markup() {
        Chart chart = new Chart("c", "构成", Chart.Kind.BARS, List.of("金额"), List.of(
                new Chart.Item("<script>alert(1)</script>", List.of(new BigDecimal("1.00")))), null);
        Document page = draw(chart);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("rect.bar").attr("data-label")).isEqualTo("<script>alert(1)</script>");
    }

    private static Document draw(Chart chart) {
        Markup h = new Markup(4096);
        new ChartMarkup().write(h, chart);
        return Jsoup.parse(h.toString());
    }

    private static List<Chart> charts(JsonNode disclosure) {
        return new DisclosureCharts().charts(disclosure);
    }

    private static List<String> labelsAndValues(Chart chart) {
        return chart.items().stream().map(i -> i.label() + " " + i.value().toPlainString()).toList();
    }

    private static ObjectNode published() throws IOException {
        return (ObjectNode) JSON.readTree(SharedExamples.workedExampleDisclosure().toFile());
    }
}
