package org.budgetflow.publication.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.budgetflow.budget.Amounts;

/**
 * One chart of a published disclosure: its stable id (the figure's HTML id), title, kind, the names of its series
 * (one for a donut) and its items, each with one amount per series in 万元, and an optional note (a table's remark).
 */
public record Chart(String id, String title, Kind kind, List<String> series, List<Item> items, String note) {

    public Chart {
        series = List.copyOf(series);
        items = List.copyOf(items);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A chart has at least one series");
        }
        if (kind == Kind.DONUT && series.size() != 1) {
            throw new IllegalArgumentException("A donut chart has one series");
        }
        for (Item item : items) {
            if (item.values().size() != series.size()) {
                throw new IllegalArgumentException("Item " + item.label() + " needs one value per series");
            }
        }
    }

    public enum Kind {
        /** Horizontal bars, one per item and series. */
        BARS,
        /** Parts of a whole: a ring of slices, one per item. */
        DONUT
    }

    /** One item: its label and one amount per series. */
    public record Item(String label, List<BigDecimal> values) {
        public Item {
            values = List.copyOf(values);
        }

        public BigDecimal value() {
            return values.get(0);
        }
    }

    /** The largest amount drawn (zero for an empty chart). */
    public BigDecimal max() {
        return items.stream().flatMap(i -> i.values().stream()).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** The sum of the first series, the whole of a donut. */
    public BigDecimal total() {
        return items.stream().map(Item::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An item's share of the whole as printed ({@code 39.39%}), or null when the whole is zero. */
    public String share(Item item) {
        BigDecimal total = total();
        if (total.signum() == 0) {
            return null;
        }
        return item.value().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    /** The figures in words, for screen readers and for readers who prefer text. */
    public String summary() {
        if (items.isEmpty()) {
            return title + "：无数据。";
        }
        StringBuilder text = new StringBuilder(title).append("（万元）：");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            text.append(i == 0 ? "" : "；").append(item.label());
            for (int s = 0; s < series.size(); s++) {
                text.append(series.size() > 1 ? " " + series.get(s) : "").append(' ')
                        .append(Amounts.format(item.values().get(s)));
            }
            if (kind == Kind.DONUT && share(item) != null) {
                text.append("（").append(share(item)).append("）");
            }
        }
        return text.append("。").toString();
    }
}
