package org.budgetflow.district;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.DepartmentPerformance.Task;

/**
 * Reads a book's data folder: {@code departments.json} (the overall tables), {@code projects.json} (the project rows
 * in book order) and, when present, {@code project_section_headers.json} (the header rows of the project table).
 * Amounts are read as decimals, exactly as extracted; nothing is corrected.
 */
public final class PerformanceBookReader {
    public static final String DEPARTMENTS = "departments.json";
    public static final String PROJECTS = "projects.json";
    public static final String HEADERS = "project_section_headers.json";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** @param year the budget year the book is for (the extracted files do not state it) */
    public PerformanceBook read(Path dir, int year) {
        if (!Files.isDirectory(dir)) {
            throw new BookFormatException("绩效目标表数据目录不存在：" + dir);
        }
        JsonNode departments = tree(dir.resolve(DEPARTMENTS), true);
        JsonNode projects = tree(dir.resolve(PROJECTS), true);
        JsonNode headers = tree(dir.resolve(HEADERS), false);
        return new PerformanceBook(year + "年区级部门预算绩效目标表", year, departments(departments),
                projects(projects), headers(headers.path("departmentHeaders"), false),
                headers(headers.path("unitHeaders"), true));
    }

    private JsonNode tree(Path file, boolean required) {
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw new BookFormatException("缺少文件：" + file);
            }
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new BookFormatException("无法读取 " + file + "：" + e.getMessage(), e);
        }
    }

    private static List<BookDepartment> departments(JsonNode array) {
        requireArray(array, DEPARTMENTS);
        List<BookDepartment> result = new ArrayList<>();
        int i = 0;
        for (JsonNode d : array) {
            List<Task> tasks = new ArrayList<>();
            for (JsonNode t : d.path("tasks")) {
                String content = text(t, "content");
                // a task the book prints without content has none (an empty text would not survive a workbook)
                tasks.add(new Task(text(t, "name"), content == null || content.isBlank() ? null : content));
            }
            List<OverallIndicator> indicators = new ArrayList<>();
            for (JsonNode r : d.path("indicators")) {
                indicators.add(new OverallIndicator(text(r, "level1"), text(r, "level2"), text(r, "level3"),
                        text(r, "value"), text(r, "explanation")));
            }
            result.add(new BookDepartment(i, required(d, "name", DEPARTMENTS, i), amount(d, "totalBudgetYuan"),
                    amount(d, "governmentFundsYuan"), amount(d, "specialAccountYuan"), amount(d, "unitFundsYuan"),
                    amount(d, "basicYuan"), amount(d, "projectYuan"), text(d, "annualGoal"), tasks, indicators));
            i++;
        }
        return result;
    }

    private static List<BookProject> projects(JsonNode array) {
        requireArray(array, PROJECTS);
        List<BookProject> result = new ArrayList<>();
        int i = 0;
        for (JsonNode p : array) {
            List<BookIndicator> indicators = new ArrayList<>();
            for (JsonNode ind : p.path("indicators")) {
                indicators.add(new BookIndicator(text(ind, "category"), text(ind, "name"), text(ind, "value"),
                        ind.path("uncertain").asBoolean(false)));
            }
            List<String> reasons = new ArrayList<>();
            p.path("uncertainReasons").forEach(r -> reasons.add(r.asText()));
            result.add(new BookProject(i, required(p, "departmentCode", PROJECTS, i), text(p, "departmentName"),
                    required(p, "unitCode", PROJECTS, i), text(p, "unitName"), text(p, "projectCode"),
                    required(p, "projectName", PROJECTS, i), text(p, "projectType"), requiredAmount(p, "totalYuan", i),
                    amount(p, "governmentFundsYuan"), indicators, p.path("uncertain").asBoolean(false), reasons));
            i++;
        }
        return result;
    }

    private static List<BookHeader> headers(JsonNode array, boolean units) {
        List<BookHeader> result = new ArrayList<>();
        int i = 0;
        for (JsonNode h : array) {
            List<String> extra = new ArrayList<>();
            for (JsonNode row : h.path("extraRows")) {
                BigDecimal amount = amount(row, "totalYuan");
                extra.add(text(row, "name") + (amount == null ? "" : " " + Yuan.grouped(amount) + " 元"));
            }
            String code = text(h, "code");
            result.add(new BookHeader(i++, code, text(h, "name"), amount(h, "totalYuan"),
                    units ? text(h, "departmentCode") : code, extra));
        }
        return result;
    }

    private static void requireArray(JsonNode node, String file) {
        if (!node.isArray()) {
            throw new BookFormatException(file + " 应为数组");
        }
    }

    private static String required(JsonNode node, String field, String file, int index) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new BookFormatException(file + " 第 " + (index + 1) + " 项缺少 " + field);
        }
        return value;
    }

    private static BigDecimal requiredAmount(JsonNode node, String field, int index) {
        BigDecimal amount = amount(node, field);
        if (amount == null) {
            throw new BookFormatException(PROJECTS + " 第 " + (index + 1) + " 项缺少 " + field);
        }
        return amount;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal amount(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        String text = v.asText().replace(",", "").trim();
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BookFormatException(field + " 不是金额：" + v.asText(), e);
        }
    }
}
