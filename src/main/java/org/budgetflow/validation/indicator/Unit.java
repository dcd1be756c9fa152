package org.budgetflow.validation.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The unit of an indicator value as written ("万元", "元/人/月", "%", "个").
 *
 * @param text      the unit as written, without spaces
 * @param base      the first unit of a composite unit ("元" for "元/人/月"), equal to text otherwise
 * @param dimension what the base unit measures
 * @param perUnit   true for a composite unit such as "元/人/月" or "次/年" (a rate, not a total)
 * @param wanYuan   for money and bare multipliers: how many 万元 one unit is (元 = 0.0001); null otherwise
 */
public record Unit(String text, String base, Dimension dimension, boolean perUnit, BigDecimal wanYuan) {

    public Unit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(dimension, "dimension");
    }

    public boolean isMoney() {
        return dimension == Dimension.MONEY;
    }

    public boolean isPercent() {
        return dimension == Dimension.PERCENT;
    }
}
