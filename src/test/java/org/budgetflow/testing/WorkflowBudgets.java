package org.budgetflow.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Budget-v1 documents for the workflow tests, built from the worked example (department 310, year 2023, no ERROR
 * finding, 一般公共预算本年收入 160.92): as is, moved to another department, or broken on purpose.
 */
public final class WorkflowBudgets {
    public static final int YEAR = 2023;
    public static final String DEPARTMENT = "310";
    /** The worked example's current-year 一般公共预算 income. */
    public static final String GENERAL_PUBLIC_BUDGET = "160.92";

    private WorkflowBudgets() {
    }

    /** The worked example as submitted by department 310. */
    public static byte[] workedExample() {
        return SharedExamples.bytes(SharedExamples.workedExampleTree());
    }

    /** The worked example for another department: its code, name and every unit code ({code}001) moved. */
    public static byte[] forDepartment(String code, String name) {
        return SharedExamples.bytes(tree(code, name));
    }

    public static ObjectNode tree(String code, String name) {
        ObjectNode tree = SharedExamples.workedExampleTree();
        ObjectNode department = (ObjectNode) tree.get("department");
        String from = department.get("code").asText();
        department.put("code", code);
        department.put("name", name);
        renameUnits(tree, from, code);
        return tree;
    }

    /** The worked example with its first line's amount raised by 1.00: income no longer balances spending (B1). */
    public static byte[] unbalanced() {
        ObjectNode tree = SharedExamples.workedExampleTree();
        ObjectNode line = (ObjectNode) tree.get("lines").get(0);
        line.put("amount", new BigDecimal(line.get("amount").asText()).add(BigDecimal.ONE).toPlainString());
        return SharedExamples.bytes(tree);
    }

    /** A version that differs from the worked example only in a text (a revision after a return). */
    public static byte[] revised(String code, String name, int revision) {
        ObjectNode tree = tree(code, name);
        ((ObjectNode) tree.get("department")).put("composition",
                tree.get("department").path("composition").asText() + "（第 " + revision + " 次修改）");
        return SharedExamples.bytes(tree);
    }

    public static byte[] notJson() {
        return "{\"format\": \"budget-v1\", ".getBytes(StandardCharsets.UTF_8);
    }

    private static void renameUnits(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                JsonNode value = object.get(field);
                if ((field.equals("unitCode") || field.equals("code")) && value.isTextual()
                        && value.asText().startsWith(from) && value.asText().length() == from.length() + 3) {
                    object.set(field, TextNode.valueOf(to + value.asText().substring(from.length())));
                } else {
                    renameUnits(value, from, to);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> renameUnits(child, from, to));
        }
    }
}
