package org.budgetflow.validation.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A performance-indicator value as written ("≤10.5万元", "≥95%", "3名", "有效完成", "4-6个", "100 合理"), parsed into
 * comparator, number, unit and words. Parsing never fails: what cannot be read as a quantity is qualitative text, a date
 * or a value that mixes a number with words. Immutable; create with {@link #parse(String)}.
 */
public final class IndicatorValue {

    /** How the target relates to the number. */
    public enum Comparator {
        AT_LEAST("≥"),
        AT_MOST("≤"),
        EQUAL("="),
        MORE_THAN(">"),
        LESS_THAN("<"),
        NONE("");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** ≤ or &lt;: the number is a cap. */
        public boolean isUpperBound() {
            return this == AT_MOST || this == LESS_THAN;
        }

        /** ≥ or &gt;: the number is a floor. */
        public boolean isLowerBound() {
            return this == AT_LEAST || this == MORE_THAN;
        }
    }

    /** What the value is. */
    public enum Kind {
        /** Nothing written. */
        EMPTY,
        /** One number, optionally with comparator and unit ("≥95%", "3名", "≤0.5万元", "100"). */
        NUMBER,
        /** Two numbers joined by -, ~, 至 ("4-6个"). */
        RANGE,
        /** A date or period ("2022年1月-2022年12月", "2023年底前"), with no other number. */
        DATE,
        /** Words only ("有效完成", "每周一次", "按合同约定"). */
        QUALITATIVE,
        /** A number mixed with words ("100 合理", "100按时完成", "申请资金20亿元以上"). */
        MIXED
    }

    private final String text;
    private final Kind kind;
    private final Comparator comparator;
    private final BigDecimal number;
    private final BigDecimal upper;
    private final Unit unit;
    private final String words;
    private final boolean range;
    private final List<Integer> years;

    IndicatorValue(String text, Kind kind, Comparator comparator, BigDecimal number, BigDecimal upper, Unit unit,
                   String words, boolean range, List<Integer> years) {
        this.text = text;
        this.kind = kind;
        this.comparator = comparator;
        this.number = number;
        this.upper = upper;
        this.unit = unit;
        this.words = words;
        this.range = range;
        this.years = List.copyOf(years);
    }

    /** Parses a value as written; null and blank give an EMPTY value. */
    public static IndicatorValue parse(String text) {
        return IndicatorValueParser.parse(text);
    }

    /** The value as written. */
    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    /** NONE for values without a number (qualitative, dates). */
    public Comparator comparator() {
        return comparator;
    }

    /** The number (the lower end of a range, the first number of a mixed value), or null. */
    public BigDecimal number() {
        return number;
    }

    /** The upper end of a range, or null. */
    public BigDecimal upper() {
        return upper;
    }

    /** The unit written after the number, or null. */
    public Unit unit() {
        return unit;
    }

    /** The unit as written, or "" when there is none. */
    public String unitText() {
        return unit == null ? "" : unit.text();
    }

    /**
     * The words: the whole text of a qualitative value, the words around the number of a mixed value, the words of a
     * date ("底前"), the counted noun of "3家企业"; "" for a plain quantity.
     */
    public String words() {
        return words;
    }

    /** Years written in the value ("2022年1月-2022年12月" gives 2022 twice). */
    public List<Integer> years() {
        return years;
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    public boolean hasNumber() {
        return number != null;
    }

    public boolean isQualitative() {
        return kind == Kind.QUALITATIVE;
    }

    /** "100 合理", "100按时完成": a number mixed with words. */
    public boolean mixesNumberAndWords() {
        return kind == Kind.MIXED;
    }

    /** "4-6个", "2022年1月-2022年12月". */
    public boolean isRange() {
        return range;
    }

    public boolean hasYears() {
        return !years.isEmpty();
    }

    public boolean isPercent() {
        return unit != null && unit.isPercent();
    }

    public Dimension dimension() {
        return unit == null ? null : unit.dimension();
    }

    /** True for a money unit (also per-unit money, "元/人/月"); in a cost indicator a bare "万"/"亿" is money. */
    public boolean isMoney(boolean costIndicator) {
        return unit != null && (unit.isMoney() || costIndicator && unit.dimension() == Dimension.BARE_MULTIPLIER);
    }

    /**
     * The sum of money in 万元 (元 ÷ 10000, 亿元 × 10000; "万" alone counts as 万元 in a cost indicator), or null when the
     * value is not one amount of money: no number, a range, a mixed value, or a per-unit amount ("元/人/月").
     */
    public BigDecimal wanYuan(boolean costIndicator) {
        if (kind != Kind.NUMBER || !isMoney(costIndicator) || unit.perUnit() || !words.isEmpty()) {
            return null;
        }
        return number.multiply(unit.wanYuan());
    }

    /** The value in its canonical form: comparator, number, unit ("≤38.51万元"); the text as written otherwise. */
    public String canonical() {
        if (kind == Kind.NUMBER) {
            return comparator.symbol() + number.toPlainString() + unitText() + words;
        }
        if (kind == Kind.RANGE) {
            return comparator.symbol() + number.toPlainString() + "-" + upper.toPlainString() + unitText();
        }
        return text.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorValue v && v.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return kind + "[" + text + "]";
    }
}
