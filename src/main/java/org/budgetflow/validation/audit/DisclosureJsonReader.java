package org.budgetflow.validation.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a {@code budgetflow/disclosure-v1} JSON document into a {@link DisclosureDocument}. A document that is not
 * JSON, not of this format, or lacks a table or a table's structure is rejected with a
 * {@link DisclosureFormatException} whose message is one Chinese line naming the field.
 */
public final class DisclosureJsonReader {
    private static final List<String> TABLE_IDS = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
            "11", "12", "13");
    private static final List<String> ROW_TABLES = List.of("02", "03", "05", "07", "09", "10", "11");
    private static final List<String> T12_BUDGET = List.of("部门预算总额", "政府预算资金", "财政专户管理资金", "单位资金",
            "基本支出", "项目支出");
    private static final List<String> T13_AMOUNTS = List.of("资金总额", "政府预算资金", "财政专户管理资金", "单位资金");

    private final ObjectMapper mapper = new ObjectMapper();

    public DisclosureDocument read(InputStream in) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
            throw new DisclosureFormatException("", "不是有效的 JSON 文档" + where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new DisclosureFormatException("", "文档为空");
        }
        return parse(root);
    }

    /** Builds the typed view from an already parsed JSON tree. */
    public DisclosureDocument parse(JsonNode root) {
        if (!root.isObject()) {
            throw new DisclosureFormatException("", "文档顶层不是 JSON 对象");
        }
        JsonNode format = root.path("format");
        if (!format.isTextual()) {
            throw new DisclosureFormatException("format", "缺少格式标识，应为 " + DisclosureDocument.FORMAT);
        }
        if (!DisclosureDocument.FORMAT.equals(format.asText())) {
            throw new DisclosureFormatException("format",
                    "格式标识为“" + format.asText() + "”，应为 " + DisclosureDocument.FORMAT);
        }
        int year = year(root.path("year"));
        JsonNode department = object(root, "department", "department", "缺少部门信息");
        String departmentName = requiredText(department, "name", "department.name", "缺少部门名称");
        List<DisclosureDocument.Unit> units = units(array(root, "units", "units", "缺少单位列表"));
        JsonNode narrative = object(root, "narrative", "narrative", "缺少情况说明关键数字");
        JsonNode tables = object(root, "tables", "tables", "缺少表格");
        for (String id : TABLE_IDS) {
            JsonNode table = tables.path(id);
            if (table.isMissingNode() || table.isNull()) {
                throw new DisclosureFormatException("tables." + id, "缺少表" + id);
            }
            if (!table.isObject()) {
                throw new DisclosureFormatException("tables." + id, "表" + id + "应为对象");
            }
        }
        Map<String, RowTable> rowTables = new HashMap<>();
        for (String id : ROW_TABLES) {
            rowTables.put(id, rowTable(id, tables.get(id)));
        }
        Map<String, String> remarks = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (String id : TABLE_IDS) {
            putText(remarks, id, tables.get(id).get("remark"));
            putText(titles, id, tables.get(id).get("title"));
        }
        return new DisclosureDocument(year, text(department.get("code")), departmentName,
                text(department.get("printedName")), units,
                table01(tables.get("01")), rowTables, table04(tables.get("04")), table06(tables.get("06")),
                table08(tables.get("08")), table12(tables.get("12")), table13(tables.get("13")),
                new Narrative(narrative), remarks, titles);
    }

    private static int year(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            throw new DisclosureFormatException("year", "缺少预算年度");
        }
        String text = node.asText().trim();
        if (!text.matches("[12][0-9]{3}")) {
            throw new DisclosureFormatException("year", "预算年度“" + text + "”不是四位年份");
        }
        return Integer.parseInt(text);
    }

    private static List<DisclosureDocument.Unit> units(JsonNode array) {
        List<DisclosureDocument.Unit> units = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode unit = element(array, i, "units");
            units.add(new DisclosureDocument.Unit(text(unit.get("code")), text(unit.get("name"))));
        }
        return units;
    }

    // ---- table 01

    private static Table01 table01(JsonNode table) {
        String path = "tables.01";
        List<ItemAmount> income = items(array(table, "income", path + ".income", "缺少收入栏"), path + ".income",
                false);
        List<ItemAmount> expenditure = items(array(table, "expenditure", path + ".expenditure", "缺少支出栏"),
                path + ".expenditure", true);
        JsonNode totals = object(table, "totals", path + ".totals", "缺少合计栏");
        Map<String, BigDecimal> sums = new HashMap<>();
        totals.fields().forEachRemaining(e -> sums.put(e.getKey(),
                amount(e.getValue(), path + ".totals." + e.getKey())));
        return new Table01(income, expenditure, sums);
    }

    private static List<ItemAmount> items(JsonNode array, String path, boolean byClass) {
        List<String> selectors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = element(array, i, path);
            String code = text(row.get("classCode"));
            selectors.add(byClass && code != null ? "[classCode=" + code + "]" : itemSelector(row));
        }
        selectors = unique(selectors);
        List<ItemAmount> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            String location = path + selectors.get(i) + ".amount";
            items.add(new ItemAmount(text(row.get("section")), text(row.get("item")), text(row.get("classCode")),
                    amountOrZero(row.get("amount"), location), location));
        }
        return items;
    }

    private static String itemSelector(JsonNode row) {
        String section = text(row.get("section"));
        String item = text(row.get("item"));
        return (section == null ? "" : "[section=" + section + "]") + (item == null ? "" : "[item=" + item + "]");
    }

    // ---- table 04

    private static Table04 table04(JsonNode table) {
        String path = "tables.04";
        JsonNode incomeArray = array(table, "income", path + ".income", "缺少收入栏");
        List<String> incomeSelectors = new ArrayList<>();
        for (int i = 0; i < incomeArray.size(); i++) {
            incomeSelectors.add(itemSelector(element(incomeArray, i, path + ".income")));
        }
        incomeSelectors = unique(incomeSelectors);
        List<ItemAmount> income = new ArrayList<>();
        for (int i = 0; i < incomeArray.size(); i++) {
            JsonNode row = incomeArray.get(i);
            String location = path + ".income" + incomeSelectors.get(i) + ".amount";
            income.add(new ItemAmount(text(row.get("section")), text(row.get("item")), null,
                    amountOrZero(row.get("amount"), location), location));
        }
        JsonNode expenditureArray = array(table, "expenditure", path + ".expenditure", "缺少支出栏");
        List<String> selectors = new ArrayList<>();
        for (int i = 0; i < expenditureArray.size(); i++) {
            JsonNode row = element(expenditureArray, i, path + ".expenditure");
            String code = text(row.get("classCode"));
            selectors.add(code != null ? "[classCode=" + code + "]" : itemSelector(row));
        }
        selectors = unique(selectors);
        List<ItemRow> expenditure = new ArrayList<>();
        for (int i = 0; i < expenditureArray.size(); i++) {
            JsonNode row = expenditureArray.get(i);
            String location = path + ".expenditure" + selectors.get(i);
            expenditure.add(new ItemRow(text(row.get("item")), text(row.get("classCode")),
                    values(row.get("values"), location), location));
        }
        JsonNode totals = object(table, "totals", path + ".totals", "缺少合计栏");
        BigDecimal incomeTotal = amount(totals.get("收入合计"), path + ".totals.收入合计");
        Values expenditureTotal = values(totals.get("支出合计"), path + ".totals.支出合计");
        return new Table04(income, expenditure, incomeTotal, expenditureTotal);
    }

    // ---- row tables 02, 03, 05, 07, 09, 10, 11

    private static RowTable rowTable(String id, JsonNode table) {
        String path = "tables." + id;
        JsonNode array = array(table, "rows", path + ".rows", "缺少数据行");
        List<TableRow> rows = rows(array, path + ".rows", (row, rowType) -> {
            if (RowTable.TOTAL.equals(rowType)) {
                return "[rowType=total]";
            }
            if (row.hasNonNull("deptEconCode") || row.hasNonNull("govEconCode")) {
                return "[deptEconCode=" + text(row.get("deptEconCode")) + "][govEconCode="
                        + text(row.get("govEconCode")) + "]";
            }
            if (row.hasNonNull("项目名称")) {
                return "[项目名称=" + text(row.get("项目名称")) + "]";
            }
            if (row.hasNonNull("code")) {
                return "[code=" + text(row.get("code")) + "]";
            }
            return row.hasNonNull("name") ? "[name=" + text(row.get("name")) + "]" : "";
        });
        return new RowTable(id, rows, text(table.get("remark")));
    }

    private static List<TableRow> rows(JsonNode array, String path, BiFunction<JsonNode, String, String> selector) {
        List<String> selectors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = element(array, i, path);
            selectors.add(selector.apply(row, text(row.get("rowType"))));
        }
        selectors = unique(selectors);
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            String location = path + selectors.get(i);
            rows.add(row(row, location, values(row.get("values"), location)));
        }
        return rows;
    }

    private static TableRow row(JsonNode row, String location, Values values) {
        Map<String, String> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = row.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                fields.put(e.getKey(), e.getValue().asText());
            }
        }
        String code = firstText(row, "code", "deptEconCode", "projectCode");
        String name = firstText(row, "name", "项目名称", "deptEconName", "projectName");
        return new TableRow(text(row.get("rowType")), code, name, fields, values, location);
    }

    // ---- tables 06, 08, 12, 13

    private static Table06 table06(JsonNode table) {
        String path = "tables.06";
        JsonNode total = object(table, "total", path + ".total", "缺少合计行");
        Values totalValues = values(total.get("values"), path + ".total");
        JsonNode array = array(table, "rows", path + ".rows", "缺少数据行");
        List<TableRow> rows = rows(array, path + ".rows", (row, rowType) -> "[deptEconCode="
                + text(row.get("deptEconCode")) + "][govEconCode=" + text(row.get("govEconCode")) + "]");
        return new Table06(totalValues, rows);
    }

    private static Table08 table08(JsonNode table) {
        String path = "tables.08";
        JsonNode values = object(table, "values", path + ".values", "缺少数据行");
        return new Table08(values(values, path + ".values"), text(table.get("remark")));
    }

    private static Table12 table12(JsonNode table) {
        String path = "tables.12";
        JsonNode budget = object(table, "预算情况", path + ".预算情况", "缺少预算情况");
        return new Table12(text(table.get("部门（单位）名称")), text(table.get("年度")),
                fixedValues(budget, T12_BUDGET, path + ".预算情况"));
    }

    private static Table13 table13(JsonNode table) {
        String path = "tables.13";
        JsonNode total = object(table, "total", path + ".total", "缺少合计行");
        JsonNode unitArray = array(table, "units", path + ".units", "缺少单位行");
        JsonNode projectArray = array(table, "projects", path + ".projects", "缺少项目行");
        List<TableRow> units = fixedRows(unitArray, path + ".units",
                row -> row.hasNonNull("code") ? "[code=" + text(row.get("code")) + "]" : "");
        List<TableRow> projects = fixedRows(projectArray, path + ".projects",
                row -> row.hasNonNull("projectCode") ? "[projectCode=" + text(row.get("projectCode")) + "]"
                        : row.hasNonNull("projectName") ? "[projectName=" + text(row.get("projectName")) + "]" : "");
        return new Table13(fixedValues(total, T13_AMOUNTS, path + ".total"), units, projects);
    }

    private static List<TableRow> fixedRows(JsonNode array, String path,
                                            Function<JsonNode, String> selector) {
        List<String> selectors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            selectors.add(selector.apply(element(array, i, path)));
        }
        selectors = unique(selectors);
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String location = path + selectors.get(i);
            rows.add(row(array.get(i), location, fixedValues(array.get(i), T13_AMOUNTS, location)));
        }
        return rows;
    }

    // ---- cells

    private static Values values(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Values.empty();
        }
        if (!node.isObject()) {
            throw new DisclosureFormatException(path, "金额栏应为对象");
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> cells.put(e.getKey(), amount(e.getValue(), path + "." + e.getKey())));
        return new Values(cells);
    }

    private static Values fixedValues(JsonNode node, List<String> keys, String path) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (String key : keys) {
            cells.put(key, amount(node.get(key), path + "." + key));
        }
        return new Values(cells);
    }

    /** The amount of a cell; null for a blank cell. */
    private static BigDecimal amount(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (!node.isTextual()) {
            throw new DisclosureFormatException(path, "金额应为文本或数字");
        }
        String text = node.asText().replace(",", "").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new DisclosureFormatException(path, "金额“" + node.asText() + "”不是数字");
        }
    }

    private static BigDecimal amountOrZero(JsonNode node, String path) {
        BigDecimal value = amount(node, path);
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    // ---- structure helpers

    private static JsonNode object(JsonNode parent, String key, String path, String missing) {
        JsonNode node = parent.path(key);
        if (node.isMissingNode() || node.isNull()) {
            throw new DisclosureFormatException(path, missing);
        }
        if (!node.isObject()) {
            throw new DisclosureFormatException(path, "应为对象");
        }
        return node;
    }

    private static JsonNode array(JsonNode parent, String key, String path, String missing) {
        JsonNode node = parent.path(key);
        if (node.isMissingNode() || node.isNull()) {
            throw new DisclosureFormatException(path, missing);
        }
        if (!node.isArray()) {
            throw new DisclosureFormatException(path, "应为数组");
        }
        return node;
    }

    private static JsonNode element(JsonNode array, int index, String path) {
        JsonNode node = array.get(index);
        if (!node.isObject()) {
            throw new DisclosureFormatException(path + "[" + index + "]", "应为对象");
        }
        return node;
    }

    private static String requiredText(JsonNode parent, String key, String path, String missing) {
        String text = text(parent.get(key));
        if (text == null || text.isBlank()) {
            throw new DisclosureFormatException(path, missing);
        }
        return text;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() ? null
                : node.asText();
    }

    private static String firstText(JsonNode row, String... keys) {
        for (String key : keys) {
            String text = text(row.get(key));
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static void putText(Map<String, String> map, String id, JsonNode node) {
        String text = text(node);
        if (text != null) {
            map.put(id, text);
        }
    }

    /** Replaces selectors that are empty or repeated by the element index, so that every location is unique. */
    private static List<String> unique(List<String> selectors) {
        Map<String, Integer> counts = new HashMap<>();
        selectors.forEach(s -> counts.merge(s, 1, Integer::sum));
        List<String> out = new ArrayList<>(selectors.size());
        for (int i = 0; i < selectors.size(); i++) {
            String s = selectors.get(i);
            out.add(s.isEmpty() || counts.get(s) > 1 ? "[" + i + "]" : s);
        }
        return out;
    }
}
