package org.budgetflow.validation.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.ValidationReport;

/**
 * Test fixture: a small, fully consistent disclosure-v1 document (resource {@code audit/consistent-disclosure.json},
 * department 100, year 2024: 一般公共预算 100.00, carry-over 20.00 一般公共预算 + 50.00 政府性基金, four projects) that
 * a test changes cell by cell. Cells are addressed with the same paths the audit reports as locations, e.g.
 * {@code set("tables.04.expenditure[classCode=212].一般公共预算_小计", "1.00")}.
 */
final class AuditDisclosures {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SELECTOR = Pattern.compile("\\[([^\\]=]+)(?:=([^\\]]*))?\\]");

    private final ObjectNode root;

    private AuditDisclosures(ObjectNode root) {
        this.root = root;
    }

    /** A fresh copy of the consistent fixture. */
    static AuditDisclosures consistent() {
        try (InputStream in = AuditDisclosures.class.getResourceAsStream("/audit/consistent-disclosure.json")) {
            return new AuditDisclosures((ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared reference folder: system property budgetflow.shared, else ../shared. */
    static Path shared() {
        return Path.of(System.getProperty("budgetflow.shared", "../shared"));
    }

    static Path xigongDisclosure() {
        return shared().resolve("examples/xigong-community-2023/disclosure.expected.json");
    }

    static DisclosureDocument readXigong() {
        try (InputStream in = Files.newInputStream(xigongDisclosure())) {
            return new DisclosureJsonReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a cell (a string amount, or null for a blank cell); a name that is not a field of the row is looked up
     * in the row's {@code values}. */
    AuditDisclosures set(String path, String value) {
        Target target = resolveParent(path);
        if (value == null) {
            target.object.putNull(target.key);
        } else {
            target.object.put(target.key, value);
        }
        return this;
    }

    /** Sets a field to a JSON value given as text (an object, an array, a number …). */
    AuditDisclosures setJson(String path, String json) {
        Target target = resolveParent(path);
        try {
            target.object.set(target.key, MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    AuditDisclosures remove(String path) {
        Target target = resolveParent(path);
        target.object.remove(target.key);
        return this;
    }

    /** Appends a JSON object to the array at path. */
    AuditDisclosures append(String path, String json) {
        try {
            ((ArrayNode) resolve(path)).add(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String json() {
        return root.toPrettyString();
    }

    DisclosureDocument document() {
        return new DisclosureJsonReader().read(new ByteArrayInputStream(json().getBytes(StandardCharsets.UTF_8)));
    }

    ValidationReport audit() {
        return DisclosureAuditor.standard().audit(document());
    }

    /** The findings of one rule alone. */
    List<Finding> check(DisclosureRule rule) {
        Findings findings = new Findings();
        rule.check(document(), findings);
        return findings.toList();
    }

    // ---- path resolution

    private record Target(ObjectNode object, String key) {
    }

    private Target resolveParent(String path) {
        List<String> segments = segments(path);
        String last = segments.remove(segments.size() - 1);
        JsonNode parent = walk(root, segments, path);
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalArgumentException("not an object at " + path);
        }
        if (!object.has(last) && object.get("values") instanceof ObjectNode values) {
            return new Target(values, last);
        }
        return new Target(object, last);
    }

    private JsonNode resolve(String path) {
        return walk(root, segments(path), path);
    }

    private static JsonNode walk(JsonNode start, List<String> segments, String path) {
        JsonNode node = start;
        for (String segment : segments) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            if (!name.isEmpty()) {
                JsonNode next = node.get(name);
                if (next == null && node.get("values") != null) {
                    next = node.get("values").get(name);
                }
                if (next == null) {
                    throw new IllegalArgumentException("no field " + name + " in " + path);
                }
                node = next;
            }
            if (bracket >= 0) {
                node = select(node, segment.substring(bracket), path);
            }
        }
        return node;
    }

    private static JsonNode select(JsonNode array, String selectors, String path) {
        List<String[]> conditions = new ArrayList<>();
        Matcher m = SELECTOR.matcher(selectors);
        while (m.find()) {
            conditions.add(new String[] {m.group(1), m.group(2)});
        }
        if (conditions.size() == 1 && conditions.get(0)[1] == null) {
            return array.get(Integer.parseInt(conditions.get(0)[0]));
        }
        for (JsonNode element : array) {
            boolean all = true;
            for (String[] c : conditions) {
                JsonNode field = element.get(c[0]);
                all &= field != null && !field.isNull() && field.asText().equals(c[1]);
            }
            if (all) {
                return element;
            }
        }
        throw new IllegalArgumentException("no element " + selectors + " in " + path);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == '.' && depth == 0) {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }
}
