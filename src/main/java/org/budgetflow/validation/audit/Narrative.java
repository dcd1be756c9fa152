package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The key figures of the 情况说明 (disclosure-v1 {@code narrative}), addressed by section and key, e.g.
 * {@code amount("支出", "基本支出")}. Absent keys read as empty; a null amount reads as zero.
 */
public final class Narrative {
    private final JsonNode root;

    Narrative(JsonNode root) {
        this.root = root == null ? MissingNode.getInstance() : root;
    }

    /** A text leaf of the narrative with its path. */
    public record Text(String location, String text) {
    }

    public boolean has(String... path) {
        return !node(path).isMissingNode();
    }

    /** The node at this path (MissingNode when absent). */
    public JsonNode node(String... path) {
        JsonNode node = root;
        for (String key : path) {
            node = node.path(key);
        }
        return node;
    }

    /** The value as text (numbers as printed); empty when absent or null. */
    public Optional<String> text(String... path) {
        JsonNode node = node(path);
        return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** The amount; empty when absent or not a number, zero when null. */
    public Optional<BigDecimal> amount(String... path) {
        JsonNode node = node(path);
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.of(BigDecimal.ZERO.setScale(2));
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        return node.isTextual() ? parseAmount(node.asText()) : Optional.empty();
    }

    /** True when the path holds a value that is not null and cannot be read as an amount. */
    public boolean isUnreadableAmount(String... path) {
        JsonNode node = node(path);
        return !node.isMissingNode() && !node.isNull() && amount(path).isEmpty();
    }

    public Optional<Percent> percent(String... path) {
        return text(path).flatMap(Percent::parse);
    }

    public Optional<Change> change(String... path) {
        return Change.of(node(path));
    }

    /** The keys of a section object, in document order. */
    public List<String> keys(String... path) {
        List<String> keys = new ArrayList<>();
        node(path).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Every text leaf with its location, depth first in document order. */
    public List<Text> texts() {
        List<Text> out = new ArrayList<>();
        collect(root, "narrative", out);
        return out;
    }

    public static String location(String... path) {
        return "narrative." + String.join(".", path);
    }

    static Optional<BigDecimal> parseAmount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.replace(",", "").replace("万元", "").trim();
        if (cleaned.isEmpty()) {
            return Optional.of(BigDecimal.ZERO.setScale(2));
        }
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void collect(JsonNode node, String path, List<Text> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isTextual()) {
            out.add(new Text(path, node.asText()));
        }
    }
}
