package org.budgetflow.publication.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

import org.budgetflow.budget.Amounts;
import org.budgetflow.disclosure.render.html.Markup;

/**
 * A chart as a figure: inline SVG drawn on the server (no script, nothing fetched), with a {@code <title>} and
 * {@code <desc>} naming every figure, each bar or slice carrying its label and amount ({@code data-label},
 * {@code data-value}), followed by the same figures as a small table. Geometry is computed in doubles from exact
 * shares; amounts are printed from the disclosure's BigDecimals.
 */
public final class ChartMarkup {
    static final String[] PALETTE = {"#2b6cb0", "#dd6b20", "#38a169", "#d53f8c", "#805ad5", "#319795", "#b7791f",
            "#e53e3e", "#4a5568", "#3182ce", "#9c4221", "#276749"};
    private static final String[] SERIES_COLOURS = {"#a0aec0", "#2b6cb0"};
    private static final int WIDTH = 480;
    private static final int LABEL_WIDTH = 150;
    private static final int VALUE_WIDTH = 72;
    private static final int BAR_HEIGHT = 16;
    private static final int MAX_LABEL = 10;

    public void write(Markup h, Chart chart) {
        h.open("figure", "class", "chart chart-" + chart.kind().name().toLowerCase(Locale.ROOT), "id", chart.id())
                .newline();
        h.open("figcaption").element("span", chart.title(), "class", "chart-title")
                .element("span", "单位：万元", "class", "chart-unit").close("figcaption").newline();
        if (chart.kind() == Chart.Kind.DONUT) {
            donut(h, chart);
        } else {
            bars(h, chart);
        }
        figures(h, chart);
        if (chart.note() != null) {
            h.element("p", chart.note(), "class", "chart-note");
        }
        h.close("figure").newline();
    }

    private static void svgOpen(Markup h, Chart chart, int height) {
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart-svg", "viewBox",
                "0 0 " + WIDTH + " " + height, "width", Integer.toString(WIDTH), "height", Integer.toString(height),
                "role", "img", "aria-labelledby", chart.id() + "-title " + chart.id() + "-desc",
                "preserveAspectRatio", "xMinYMin meet");
        h.element("title", chart.title(), "id", chart.id() + "-title");
        h.element("desc", chart.summary(), "id", chart.id() + "-desc");
    }

    private static void bars(Markup h, Chart chart) {
        List<String> series = chart.series();
        int legend = series.size() > 1 ? 28 : 4;
        int group = series.size() * (BAR_HEIGHT + 4) + 12;
        int height = Math.max(60, legend + Math.max(1, chart.items().size()) * group + 4);
        svgOpen(h, chart, height);
        if (series.size() > 1) {
            for (int s = 0; s < series.size(); s++) {
                int x = LABEL_WIDTH + s * 80;
                h.empty("rect", "x", Integer.toString(x), "y", "6", "width", "14", "height", "14", "fill",
                        SERIES_COLOURS[s % SERIES_COLOURS.length]);
                h.element("text", series.get(s), "x", Integer.toString(x + 20), "y", "18", "class", "legend");
            }
        }
        if (chart.items().isEmpty()) {
            h.element("text", "无数据", "x", Integer.toString(WIDTH / 2), "y", "34", "text-anchor", "middle");
        }
        double area = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 8;
        BigDecimal max = chart.max();
        int y = legend;
        for (Chart.Item item : chart.items()) {
            h.open("g", "class", "item", "data-label", item.label());
            h.open("text", "x", Integer.toString(LABEL_WIDTH - 8), "y",
                    Integer.toString(y + group / 2 + 2), "text-anchor", "end", "class", "label");
            h.text(shortLabel(item.label())).element("title", item.label()).close("text");
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = item.values().get(s);
                double width = max.signum() == 0 || value.signum() <= 0 ? 0
                        : Math.max(1, area * value.divide(max, MathContext.DECIMAL64).doubleValue());
                int top = y + 6 + s * (BAR_HEIGHT + 4);
                String colour = series.size() > 1 ? SERIES_COLOURS[s % SERIES_COLOURS.length] : PALETTE[0];
                h.open("rect", "class", "bar", "x", Integer.toString(LABEL_WIDTH), "y", Integer.toString(top),
                        "width", number(width), "height", Integer.toString(BAR_HEIGHT), "fill", colour,
                        "data-label", item.label(), "data-series", series.get(s), "data-value", Amounts.format(value));
                h.element("title", label(item.label(), series, s) + " " + Amounts.format(value) + " 万元");
                h.close("rect");
                h.element("text", Amounts.format(value), "x", number(LABEL_WIDTH + width + 6), "y",
                        Integer.toString(top + BAR_HEIGHT - 3), "class", "value");
            }
            h.close("g");
            y += group;
        }
        h.close("svg").newline();
    }

    private static void donut(Markup h, Chart chart) {
        int rows = chart.items().size();
        int height = Math.max(230, 28 + rows * 26);
        double cx = 115;
        double cy = 115;
        double outer = 100;
        double inner = 58;
        svgOpen(h, chart, height);
        BigDecimal total = chart.total();
        if (total.signum() <= 0) {
            h.empty("circle", "cx", number(cx), "cy", number(cy), "r", number((outer + inner) / 2), "fill", "none",
                    "stroke", "#e2e8f0", "stroke-width", number(outer - inner));
            h.element("text", "无数据", "x", number(cx), "y", number(cy + 5), "text-anchor", "middle");
        }
        double start = 0;
        for (int i = 0; i < rows; i++) {
            Chart.Item item = chart.items().get(i);
            String colour = PALETTE[i % PALETTE.length];
            if (total.signum() > 0 && item.value().signum() > 0) {
                BigDecimal share = item.value().divide(total, MathContext.DECIMAL64);
                // drawing geometry, not money: the slice's part of the circle (the figures are printed from BigDecimal)
                double fraction = share.doubleValue();
                String title = item.label() + " " + Amounts.format(item.value()) + " 万元（" + chart.share(item) + "）";
                if (fraction >= 0.99999) {
                    h.open("circle", "class", "slice", "cx", number(cx), "cy", number(cy), "r",
                            number((outer + inner) / 2), "fill", "none", "stroke", colour, "stroke-width",
                            number(outer - inner), "data-label", item.label(), "data-value",
                            Amounts.format(item.value()));
                    h.element("title", title).close("circle");
                } else {
                    h.open("path", "class", "slice", "d", arc(cx, cy, outer, inner, start, start + fraction),
                            "fill", colour, "data-label", item.label(), "data-value", Amounts.format(item.value()));
                    h.element("title", title).close("path");
                }
                start += fraction;
            }
            int y = 24 + i * 26;
            h.empty("rect", "x", "232", "y", Integer.toString(y - 12), "width", "14", "height", "14", "fill", colour);
            String share = chart.share(item);
            h.open("text", "x", "252", "y", Integer.toString(y), "class", "legend")
                    .text(shortLabel(item.label()) + "  " + Amounts.format(item.value())
                            + (share == null ? "" : "（" + share + "）"))
                    .element("title", item.label()).close("text");
        }
        h.element("text", Amounts.format(total), "x", number(cx), "y", number(cy + 2), "text-anchor", "middle",
                "class", "total");
        h.element("text", "合计", "x", number(cx), "y", number(cy + 22), "text-anchor", "middle", "class", "total-label");
        h.close("svg").newline();
    }

    /** A ring segment from {@code from} to {@code to} (fractions of a turn, clockwise from 12 o'clock). */
    static String arc(double cx, double cy, double outer, double inner, double from, double to) {
        double a0 = 2 * Math.PI * from - Math.PI / 2;
        double a1 = 2 * Math.PI * to - Math.PI / 2;
        int large = to - from > 0.5 ? 1 : 0;
        return "M" + number(cx + outer * Math.cos(a0)) + " " + number(cy + outer * Math.sin(a0))
                + " A" + number(outer) + " " + number(outer) + " 0 " + large + " 1 "
                + number(cx + outer * Math.cos(a1)) + " " + number(cy + outer * Math.sin(a1))
                + " L" + number(cx + inner * Math.cos(a1)) + " " + number(cy + inner * Math.sin(a1))
                + " A" + number(inner) + " " + number(inner) + " 0 " + large + " 0 "
                + number(cx + inner * Math.cos(a0)) + " " + number(cy + inner * Math.sin(a0)) + " Z";
    }

    /** The figures as text: one row per item, one column per series, and the share for a donut. */
    private static void figures(Markup h, Chart chart) {
        boolean shares = chart.kind() == Chart.Kind.DONUT;
        h.open("table", "class", "chart-data").open("thead").open("tr").element("th", "项目", "scope", "col");
        for (String series : chart.series()) {
            h.element("th", series.equals("金额") ? "金额（万元）" : series + "（万元）", "scope", "col");
        }
        if (shares) {
            h.element("th", "占比", "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (Chart.Item item : chart.items()) {
            h.open("tr").element("th", item.label(), "scope", "row");
            for (BigDecimal value : item.values()) {
                h.element("td", Amounts.format(value), "class", "num");
            }
            if (shares) {
                h.element("td", chart.share(item), "class", "num");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").newline();
    }

    private static String label(String item, List<String> series, int s) {
        return series.size() > 1 ? item + " " + series.get(s) : item;
    }

    private static String shortLabel(String label) {
        return label.codePointCount(0, label.length()) <= MAX_LABEL ? label
                : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }
}
