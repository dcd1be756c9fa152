package org.budgetflow.publication;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 13 tables' numbers and titles (without the year), for download links. */
final class TableTitles {
    private static final Pattern CSV = Pattern.compile("table-(\\d\\d)\\.csv");
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("01", "部门收支预算表"), Map.entry("02", "部门收入预算表"), Map.entry("03", "部门支出预算表"),
            Map.entry("04", "财政拨款收支预算表"), Map.entry("05", "一般公共预算支出预算表"),
            Map.entry("06", "一般公共预算基本支出预算表"), Map.entry("07", "支出经济分类汇总表"),
            Map.entry("08", "一般公共预算“三公”经费预算表"), Map.entry("09", "政府性基金支出预算表"),
            Map.entry("10", "国有资本经营支出预算表"), Map.entry("11", "项目支出预算表"),
            Map.entry("12", "部门整体绩效目标表"), Map.entry("13", "部门预算项目绩效目标表"));

    private TableTitles() {
    }

    /** {@code table-03.csv} → {@code 预算03表 部门支出预算表}; another name as it is. */
    static String ofCsv(String fileName) {
        Matcher m = CSV.matcher(fileName);
        if (m.matches() && TITLES.containsKey(m.group(1))) {
            return "预算" + m.group(1) + "表 " + TITLES.get(m.group(1));
        }
        return fileName;
    }
}
