package org.budgetflow.disclosure.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change against last year (比上年).
 *
 * @param amount     the absolute difference (增减额)
 * @param percentage difference / last year's figure (百分比); null when last year's figure is zero
 * @param reason     the department's explanation, null when none is given
 */
public record Change(Direction direction, BigDecimal amount, Percentage percentage, String reason) {
    public Change {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
    }

    /** The change from {@code prior} to {@code current}; null when no prior figure is stated. */
    public static Change between(BigDecimal current, BigDecimal prior, String reason) {
        if (prior == null) {
            return null;
        }
        BigDecimal now = current == null ? BigDecimal.ZERO : current;
        BigDecimal difference = now.subtract(prior);
        Direction direction = switch (difference.signum()) {
            case 1 -> Direction.INCREASE;
            case -1 -> Direction.DECREASE;
            default -> Direction.UNCHANGED;
        };
        BigDecimal amount = difference.abs();
        return new Change(direction, amount, Percentage.of(amount, prior), blankToNull(reason));
    }

    public boolean unchanged() {
        return direction == Direction.UNCHANGED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
