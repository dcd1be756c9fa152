package org.budgetflow.publication.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The charts of a published disclosure, read from its disclosure-v1 JSON (never recomputed from a budget), always
 * the same five in the same order:
 * <ol>
 *   <li>{@code chart-income} 收入预算构成: table 01's income by source (without the 其中 line) and 上年结转结余;</li>
 *   <li>{@code chart-function} 支出功能分类（类）: table 01's expenditure by 类, classes with an amount;</li>
 *   <li>{@code chart-basic-project} 基本支出与项目支出: the narrative's 支出 split;</li>
 *   <li>{@code chart-year-over-year} 与上年比较: current and prior-year totals (收支总计, 一般公共预算, 政府性基金)
 *       where the narrative states the change (上年 = 本年 ∓ 增减额);</li>
 *   <li>{@code chart-three-public} “三公”经费构成: table 08's components, with its remark when empty.</li>
 * </ol>
 */
public final class DisclosureCharts {
    private static final String AMOUNT = "金额";

    public List<Chart> charts(JsonNode disclosure) {
        JsonNode tables = disclosure.path("tables");
        JsonNode narrative = disclosure.path("narrative");
        return List.of(income(tables.path("01")), functions(tables.path("01")), basicAndProject(narrative),
                yearOverYear(narrative), threePublic(tables.path("08")));
    }

    private static Chart income(JsonNode table) {
        List<Chart.Item> items = new ArrayList<>();
        for (JsonNode row : table.path("income")) {
            String label = row.path("item").asText("");
            BigDecimal amount = amount(row.path("amount"));
            if (!label.startsWith("其中") && amount.signum() > 0) {
                items.add(new Chart.Item(withoutOrdinal(label), List.of(amount)));
            }
        }
        BigDecimal carriedOver = amount(table.path("totals").path("上年结转结余"));
        if (carriedOver.signum() > 0) {
            items.add(new Chart.Item("上年结转结余", List.of(carriedOver)));
        }
        return new Chart("chart-income", "收入预算构成", Chart.Kind.DONUT, List.of(AMOUNT), items, null);
    }

    private static Chart functions(JsonNode table) {
        List<Chart.Item> items = new ArrayList<>();
        for (JsonNode row : table.path("expenditure")) {
            BigDecimal amount = amount(row.path("amount"));
            if (amount.signum() > 0) {
                String label = row.path("classCode").asText("") + " " + withoutOrdinal(row.path("item").asText(""));
                items.add(new Chart.Item(label.trim(), List.of(amount)));
            }
        }
        return new Chart("chart-function", "支出功能分类（类）", Chart.Kind.BARS, List.of(AMOUNT), items, null);
    }

    private static Chart basicAndProject(JsonNode narrative) {
        JsonNode spending = narrative.path("支出");
        List<Chart.Item> items = List.of(
                new Chart.Item("基本支出", List.of(amount(spending.path("基本支出")))),
                new Chart.Item("项目支出", List.of(amount(spending.path("项目支出")))));
        return new Chart("chart-basic-project", "基本支出与项目支出", Chart.Kind.DONUT, List.of(AMOUNT), items, null);
    }

    private static Chart yearOverYear(JsonNode narrative) {
        List<Chart.Item> items = new ArrayList<>();
        JsonNode totals = narrative.path("收支总计");
        change("收支总计", totals.path("支出总计"), totals.path("比上年"), items);
        JsonNode fiscal = narrative.path("财政拨款收支");
        change("一般公共预算", fiscal.path("一般公共预算收支预算"), fiscal.path("一般公共预算比上年"), items);
        change("政府性基金", fiscal.path("政府性基金收支预算"), fiscal.path("政府性基金比上年"), items);
        return new Chart("chart-year-over-year", "与上年比较", Chart.Kind.BARS, List.of("上年", "本年"), items,
                items.isEmpty() ? "本年公开文件未说明与上年的比较。" : null);
    }

    /** Adds {@code label} with its prior-year amount when the narrative states the change. */
    private static void change(String label, JsonNode current, JsonNode change, List<Chart.Item> items) {
        if (current.isMissingNode() || current.isNull() || !change.isObject()) {
            return;
        }
        BigDecimal now = amount(current);
        BigDecimal delta = amount(change.path("增减额"));
        BigDecimal prior = switch (change.path("方向").asText("")) {
            case "增加" -> now.subtract(delta);
            case "减少" -> now.add(delta);
            case "保持一致" -> now;
            default -> null;
        };
        if (prior != null) {
            items.add(new Chart.Item(label, List.of(prior, now)));
        }
    }

    private static Chart threePublic(JsonNode table) {
        JsonNode values = table.path("values");
        List<Chart.Item> items = new ArrayList<>();
        for (String component : List.of("因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费")) {
            items.add(new Chart.Item(component, List.of(amount(values.path(component)))));
        }
        String remark = table.path("remark").isTextual() ? table.path("remark").asText() : null;
        return new Chart("chart-three-public", "“三公”经费构成", Chart.Kind.BARS, List.of(AMOUNT), items, remark);
    }

    /** {@code 十二、城乡社区事务} → {@code 城乡社区事务}. */
    static String withoutOrdinal(String label) {
        int mark = label.indexOf('、');
        return mark >= 0 && mark <= 4 ? label.substring(mark + 1) : label;
    }

    /** An amount of the disclosure (a string with two decimals; null or unreadable = 0). */
    static BigDecimal amount(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException unreadable) {
            return BigDecimal.ZERO;
        }
    }
}
