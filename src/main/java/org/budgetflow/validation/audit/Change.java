package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A narrative "比上年" statement: either an object {方向, 增减额, 百分比, 原因} or a sentence such as "保持一致" or
 * "增加 2.00万元，增长 10.00%，主要原因：…".
 *
 * @param direction 增加 / 减少 / 保持一致 (UNKNOWN when the text names none)
 * @param amount    增减额, null when not stated
 * @param percent   百分比, null when not stated
 * @param reason    原因, null when not stated
 * @param text      the statement as printed (the 方向 for an object)
 */
public record Change(Direction direction, BigDecimal amount, Percent percent, String reason, String text) {
    private static final Pattern AMOUNT = Pattern.compile("(增加|减少)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)");
    private static final Pattern PERCENT = Pattern.compile("(增长|下降|增加|减少)[^0-9%]{0,3}([0-9]+(?:\\.[0-9]+)?\\s*%)");
    private static final Pattern REASON = Pattern.compile("(?:主要)?原因[是为：:，,]*\\s*(.+)$");

    public enum Direction {
        INCREASE("增加"), DECREASE("减少"), SAME("保持一致"), UNKNOWN("");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** The prior-year figure the statement implies for this year's figure (empty without an amount). */
    public Optional<BigDecimal> impliedPrior(BigDecimal current) {
        return switch (direction) {
            case INCREASE -> Optional.ofNullable(amount).map(current::subtract);
            case DECREASE -> Optional.ofNullable(amount).map(current::add);
            case SAME -> Optional.of(current);
            case UNKNOWN -> Optional.empty();
        };
    }

    static Optional<Change> of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isObject()) {
            String directionText = text(node.get("方向"));
            BigDecimal amount = Narrative.parseAmount(text(node.get("增减额"))).orElse(null);
            Percent percent = Percent.parse(text(node.get("百分比"))).orElse(null);
            return Optional.of(new Change(direction(directionText), amount, percent, text(node.get("原因")),
                    directionText));
        }
        String text = node.asText();
        Matcher amount = AMOUNT.matcher(text);
        Matcher percent = PERCENT.matcher(text);
        Matcher reason = REASON.matcher(text);
        return Optional.of(new Change(direction(text),
                amount.find() ? Narrative.parseAmount(amount.group(2)).orElse(null) : null,
                percent.find() ? Percent.parse(percent.group(2)).orElse(null) : null,
                reason.find() ? reason.group(1).trim() : null,
                text));
    }

    static Direction direction(String text) {
        if (text == null) {
            return Direction.UNKNOWN;
        }
        if (text.contains("保持一致") || text.contains("持平") || text.contains("无变化")) {
            return Direction.SAME;
        }
        if (text.contains("增加") || text.contains("增长")) {
            return Direction.INCREASE;
        }
        if (text.contains("减少") || text.contains("下降")) {
            return Direction.DECREASE;
        }
        return Direction.UNKNOWN;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
