package org.budgetflow.disclosure.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a grid.
 *
 * @param type    what the row stands for
 * @param code    the row's identity code: department or unit code, 7-digit function code, function class ("212"),
 *                economic pair ("30201/50201"), project id, or a stable key for labelled rows; null for a plain total
 * @param name    the row's caption (department, unit, function, project name, "合计", an item label)
 * @param group   the section a row belongs to where labels repeat (table 04 income: 本年收入 / 上年结转), else null
 * @param texts   printed text cells by column id (codes split into 类/款/项, names, labels)
 * @param amounts amount cells by column id; an absent or null entry is an empty cell
 */
public record Row(RowType type, String code, String name, String group, Map<String, String> texts,
                  Map<String, BigDecimal> amounts) {
    public Row {
        Objects.requireNonNull(type, "type");
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts == null ? Map.of() : texts));
        amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts == null ? Map.of() : amounts));
    }

    public static Builder builder(RowType type, String code, String name) {
        return new Builder(type, code, name);
    }

    /** The printed text of a text cell, null when empty. */
    public String text(String columnId) {
        return texts.get(columnId);
    }

    public String text(Column column) {
        return texts.get(column.id());
    }

    /** The amount of an amount cell, null when the cell is empty. */
    public BigDecimal amount(String columnId) {
        return amounts.get(columnId);
    }

    public BigDecimal amount(Column column) {
        return amounts.get(column.id());
    }

    /** The cell of a column: a String for a text column, a BigDecimal for an amount column, null when empty. */
    public Object cell(Column column) {
        return column.isAmount() ? amount(column) : text(column);
    }

    /** Collects cells in column order. */
    public static final class Builder {
        private final RowType type;
        private final String code;
        private final String name;
        private String group;
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();

        private Builder(RowType type, String code, String name) {
            this.type = type;
            this.code = code;
            this.name = name;
        }

        public Builder group(String value) {
            this.group = value;
            return this;
        }

        public Builder text(String columnId, String value) {
            texts.put(columnId, value);
            return this;
        }

        public Builder amount(String columnId, BigDecimal value) {
            amounts.put(columnId, value);
            return this;
        }

        public Builder amounts(Map<String, BigDecimal> values) {
            amounts.putAll(values);
            return this;
        }

        public Row build() {
            return new Row(type, code, name, group, texts, amounts);
        }
    }
}
