package org.budgetflow.district;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.testing.DistrictBooks;

/**
 * The real book read independently of the generator's reader (plain Jackson trees), with the attribution the book's
 * summary describes: a department owns its project rows up to the point where they add up to its overall table's
 * 项目支出; the rows after that point, and the rows of a department without a table whose rows carry no 政府预算资金
 * (财政专户), are owned by no generated budget.
 */
final class BookJson {
    static final JsonNode DEPARTMENTS = read("departments.json");
    static final JsonNode PROJECTS = read("projects.json");

    private BookJson() {
    }

    private static JsonNode read(String file) {
        try {
            return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                    .readTree(DistrictBooks.realBookDir().resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 元 → 万元 at two decimals, exactly (an inexact amount fails the test). */
    static BigDecimal wan(JsonNode yuan) {
        return yuan.decimalValue().movePointLeft(4).setScale(2);
    }

    /** Department code by the name the project table gives it. */
    static Map<String, String> codeByName() {
        Map<String, String> codes = new HashMap<>();
        PROJECTS.forEach(p -> codes.putIfAbsent(p.get("departmentName").asText(), p.get("departmentCode").asText()));
        return codes;
    }

    /** The overall tables by department code. */
    static Map<String, JsonNode> tablesByCode() {
        Map<String, String> codes = codeByName();
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        DEPARTMENTS.forEach(d -> tables.put(codes.get(d.get("name").asText()), d));
        return tables;
    }

    /** The project rows each generated budget must hold, by department code, in book order. */
    static Map<String, List<JsonNode>> ownedProjects() {
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        PROJECTS.forEach(p -> rows.computeIfAbsent(p.get("departmentCode").asText(), k -> new ArrayList<>()).add(p));
        Map<String, JsonNode> tables = tablesByCode();
        Map<String, List<JsonNode>> owned = new LinkedHashMap<>();
        rows.forEach((code, list) -> {
            JsonNode table = tables.get(code);
            if (table == null) {
                if (list.stream().anyMatch(p -> p.hasNonNull("governmentFundsYuan"))) {
                    owned.put(code, list);
                }
                return;
            }
            BigDecimal limit = table.get("projectYuan").decimalValue();
            BigDecimal running = BigDecimal.ZERO;
            List<JsonNode> mine = new ArrayList<>();
            for (JsonNode p : list) {
                if (running.compareTo(limit) >= 0) {
                    break;
                }
                running = running.add(p.get("totalYuan").decimalValue());
                mine.add(p);
            }
            owned.put(code, mine);
        });
        return owned;
    }

    static List<JsonNode> unowned() {
        Map<String, List<JsonNode>> owned = ownedProjects();
        List<JsonNode> result = new ArrayList<>();
        PROJECTS.forEach(p -> {
            List<JsonNode> mine = owned.get(p.get("departmentCode").asText());
            if (mine == null || !mine.contains(p)) {
                result.add(p);
            }
        });
        return result;
    }
}
