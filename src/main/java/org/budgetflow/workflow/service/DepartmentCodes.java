package org.budgetflow.workflow.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a list of department codes as a task variable arrives: a Java collection (the Java API), a {@code Json} array
 * (Tasklist's checklist, the REST API with type Json), or a string ({@code "310,311"} or {@code "[\"310\"]"}).
 */
public final class DepartmentCodes {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private DepartmentCodes() {
    }

    /** The codes in order of appearance, without blanks or repetitions; empty for null. */
    public static List<String> from(Object value) {
        Set<String> codes = new LinkedHashSet<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> add(codes, item));
        } else if (value instanceof String text) {
            addText(codes, text);
        } else if (value != null) {
            // a Spin JSON node or any other JSON-like value: read its JSON text
            addText(codes, value.toString());
        }
        return new ArrayList<>(codes);
    }

    private static void addText(Set<String> codes, String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode array = MAPPER.readTree(trimmed);
                array.forEach(node -> add(codes, node.isObject() && node.has("value") ? node.get("value").asText()
                        : node.asText()));
                return;
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("退回部门列表无法识别：" + text, e);
            }
        }
        for (String part : trimmed.split("[,，、;；\\s]+")) {
            add(codes, part);
        }
    }

    private static void add(Set<String> codes, Object item) {
        if (item != null && !item.toString().isBlank()) {
            codes.add(item.toString().strip());
        }
    }
}
