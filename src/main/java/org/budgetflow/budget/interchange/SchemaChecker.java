package org.budgetflow.budget.interchange;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON document against a JSON Schema (the subset the interchange contracts use: type, const, enum,
 * required, properties, additionalProperties, items, minItems, minLength, minimum, maximum, pattern, anyOf, $ref to
 * local $defs) and reports every field at fault with a Chinese message. The schema file is the contract itself, so
 * the reader and the published contract cannot drift apart.
 */
final class SchemaChecker {
    private static final int MAX_ERRORS = 50;
    /** Messages for the patterns the contract uses; others are reported with the pattern itself. */
    private static final Map<String, String> PATTERN_MEANINGS = Map.of(
            "^-?[0-9]+\\.[0-9]{2}$", "金额应为两位小数的字符串（如 \"8.33\"，单位万元）",
            "^[0-9]{3}$", "应为 3 位数字的部门代码",
            "^[0-9]{6}$", "应为 6 位数字的单位代码（部门代码 + 3 位）",
            "^[0-9]{7}$", "应为 7 位数字的支出功能分类代码（类款项）",
            "^[0-9]{5}$", "应为 5 位数字的经济分类代码（类款）");

    private final JsonNode root;
    private final Map<String, Pattern> patterns = new java.util.HashMap<>();

    SchemaChecker(JsonNode schema) {
        this.root = schema;
    }

    List<FieldError> check(JsonNode document) {
        List<FieldError> errors = new ArrayList<>();
        check(root, document, "", errors);
        return errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<FieldError> errors) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        schema = resolve(schema);
        if (schema.has("anyOf")) {
            checkAnyOf(schema.get("anyOf"), value, path, errors);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(new FieldError(path, "应为 " + schema.get("const") + "，实际为 " + shown(value)));
            return;
        }
        if (schema.has("enum")) {
            checkEnum(schema.get("enum"), value, path, errors);
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(new FieldError(path, "应为" + expectedTypes(schema.get("type")) + "，实际为" + typeName(value)
                    + (value.isValueNode() && !value.isNull() ? " " + shown(value) : "")));
            return;
        }
        if (value.isObject()) {
            checkObject(schema, value, path, errors);
        } else if (value.isArray()) {
            checkArray(schema, value, path, errors);
        } else if (value.isTextual()) {
            checkString(schema, value.asText(), path, errors);
        } else if (value.isNumber()) {
            checkNumber(schema, value, path, errors);
        }
    }

    private void checkAnyOf(JsonNode alternatives, JsonNode value, String path, List<FieldError> errors) {
        List<FieldError> firstFailure = null;
        for (JsonNode alternative : alternatives) {
            List<FieldError> attempt = new ArrayList<>();
            check(alternative, value, path, attempt);
            if (attempt.isEmpty()) {
                return;
            }
            JsonNode resolved = resolve(alternative);
            boolean nullAlternative = resolved.has("type") && "null".equals(resolved.get("type").asText());
            if (firstFailure == null && !nullAlternative) {
                firstFailure = attempt;
            }
        }
        if (firstFailure != null) {
            errors.addAll(firstFailure);
        }
    }

    private void checkEnum(JsonNode allowed, JsonNode value, String path, List<FieldError> errors) {
        for (JsonNode option : allowed) {
            if (option.equals(value)) {
                return;
            }
        }
        String options = StreamSupport.stream(allowed.spliterator(), false)
                .map(JsonNode::asText).collect(Collectors.joining("、"));
        errors.add(new FieldError(path, "取值 " + shown(value) + " 无效，应为以下之一：" + options));
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<FieldError> errors) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(new FieldError(child(path, required.asText()), "缺少必填字段"));
            }
        }
        boolean closed = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true);
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode propertySchema = properties.get(field.getKey());
            if (propertySchema != null) {
                check(propertySchema, field.getValue(), child(path, field.getKey()), errors);
            } else if (closed) {
                errors.add(new FieldError(child(path, field.getKey()), "不允许的字段（budget-v1 中没有此字段）"));
            }
        }
    }

    private void checkArray(JsonNode schema, JsonNode value, String path, List<FieldError> errors) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            errors.add(new FieldError(path, "至少需要 " + schema.get("minItems").asInt() + " 项"));
        }
        if (schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private void checkString(JsonNode schema, String text, String path, List<FieldError> errors) {
        if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
            errors.add(new FieldError(path, "不能为空"));
        }
        if (schema.has("pattern")) {
            String regex = schema.get("pattern").asText();
            if (!patterns.computeIfAbsent(regex, Pattern::compile).matcher(text).find()) {
                String meaning = PATTERN_MEANINGS.getOrDefault(regex, "应符合格式 " + regex);
                errors.add(new FieldError(path, meaning + "，实际为 \"" + text + "\""));
            }
        }
    }

    private void checkNumber(JsonNode schema, JsonNode value, String path, List<FieldError> errors) {
        if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            errors.add(new FieldError(path, "应不小于 " + schema.get("minimum").asText() + "，实际为 " + value.asText()));
        }
        if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            errors.add(new FieldError(path, "应不大于 " + schema.get("maximum").asText() + "，实际为 " + value.asText()));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local $ref is supported: " + ref);
            }
            schema = root.at(ref.substring(1));
        }
        return schema;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t.asText(), value)) {
                    return true;
                }
            }
            return false;
        }
        return typeMatches(type.asText(), value);
    }

    private static boolean typeMatches(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String expectedTypes(JsonNode type) {
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false).map(t -> typeLabel(t.asText()))
                    .collect(Collectors.joining("或"));
        }
        return typeLabel(type.asText());
    }

    private static String typeLabel(String type) {
        return switch (type) {
            case "string" -> "字符串";
            case "integer" -> "整数";
            case "number" -> "数字";
            case "boolean" -> "布尔值（true/false）";
            case "object" -> "对象";
            case "array" -> "数组";
            case "null" -> "null";
            default -> type;
        };
    }

    private static String typeName(JsonNode value) {
        if (value.isTextual()) {
            return "字符串";
        }
        if (value.isIntegralNumber()) {
            return "整数";
        }
        if (value.isNumber()) {
            return "数字";
        }
        if (value.isBoolean()) {
            return "布尔值";
        }
        if (value.isObject()) {
            return "对象";
        }
        if (value.isArray()) {
            return "数组";
        }
        return "null";
    }

    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    private static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
