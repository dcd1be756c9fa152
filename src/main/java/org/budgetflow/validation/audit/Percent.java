package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed percentage ("39.39%", "0%").
 *
 * @param value    the number before "%"
 * @param decimals how many decimals were printed
 * @param text     the text as printed
 */
public record Percent(BigDecimal value, int decimals, String text) {
    private static final Pattern PERCENT = Pattern.compile("^\\s*(-?[0-9]+(?:\\.([0-9]+))?)\\s*[%％]\\s*$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Optional<Percent> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PERCENT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        return Optional.of(new Percent(new BigDecimal(m.group(1)), decimals, text.trim()));
    }

    /**
     * Whether this printed percentage is part / whole at the printed precision: the exact ratio rounded half-up to
     * the printed decimals may differ from the printed figure by at most one unit of the last printed digit
     * (±0.01 pp for two decimals). A zero whole matches only 0%.
     */
    public boolean matches(BigDecimal part, BigDecimal whole) {
        return value.subtract(expected(part, whole)).abs().compareTo(unit()) <= 0;
    }

    /** part / whole × 100, rounded half-up to the printed decimals (zero when whole is zero). */
    public BigDecimal expected(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return part.multiply(HUNDRED).divide(whole, decimals, RoundingMode.HALF_UP);
    }

    private BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }
}
