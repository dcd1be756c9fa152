package org.budgetflow.validation.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetflow.validation.Findings;

/**
 * V34 names and years: year tokens in titles, remarks, 表12 年度 and narrative texts are the budget year or the prior
 * year; the department's name is the same in department.name, 表12 and the tables' department rows, unit names match
 * the unit list; no stale 功能分类 类 labels (rows without a class code, ordinals that do not match the code).
 */
public final class V34NamesAndYears implements DisclosureRule {
    /** Stale 类 labels (fragment of the old name → the current class), e.g. 医疗卫生与计划生育 → 210 卫生健康. */
    public static final Map<String, String> STALE_CLASS_LABELS = Map.of("医疗卫生与计划生育", "210 卫生健康");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?=\\s*(?:年|[-－—~～至]))");
    private static final List<String> DEPARTMENT_ROW_TABLES = List.of("02", "03", "05", "07", "09", "10", "11");
    private static final String PROJECT_NAMES = "narrative.绩效目标.重点绩效目标项目";

    private final Map<String, String> staleClassLabels;

    public V34NamesAndYears() {
        this(STALE_CLASS_LABELS);
    }

    public V34NamesAndYears(Map<String, String> staleClassLabels) {
        this.staleClassLabels = Map.copyOf(staleClassLabels);
    }

    @Override
    public String id() {
        return "V34";
    }

    @Override
    public String title() {
        return "年份、部门和单位名称、功能分类类名前后一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        years(d, f);
        names(d, f);
        classLabels(d, f);
    }

    // ---- years

    private void years(DisclosureDocument d, Findings f) {
        d.titles().forEach((id, title) -> checkYears(d, f, "tables." + id + ".title", "表" + id + " 标题", title));
        d.remarks().forEach((id, remark) -> checkYears(d, f, "tables." + id + ".remark", "表" + id + " 备注", remark));
        String yearLabel = d.table12().yearLabel();
        if (yearLabel != null) {
            Matcher m = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])").matcher(yearLabel);
            if (m.find() && Integer.parseInt(m.group()) != d.year()) {
                f.warning(id(), "tables.12.年度", "表12 年度“" + yearLabel + "”与预算年度 " + d.year() + " 不符");
            }
        }
        for (Narrative.Text text : d.narrative().texts()) {
            if (!text.location().startsWith(PROJECT_NAMES)) {
                checkYears(d, f, text.location(), "情况说明 " + text.location().substring("narrative.".length()),
                        text.text());
            }
        }
    }

    private void checkYears(DisclosureDocument d, Findings f, String location, String where, String text) {
        Set<String> strange = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year != d.year() && year != d.year() - 1) {
                strange.add(m.group(1));
            }
        }
        if (!strange.isEmpty()) {
            f.warning(id(), location, where + " 出现年份 " + String.join("、", strange) + "，既非预算年度 " + d.year()
                    + " 也非上年 " + (d.year() - 1));
        }
    }

    // ---- names

    private void names(DisclosureDocument d, Findings f) {
        Set<String> departmentNames = new LinkedHashSet<>();
        departmentNames.add(normalize(d.departmentName()));
        d.printedName().ifPresent(n -> departmentNames.add(normalize(n)));
        Set<String> unitNames = new LinkedHashSet<>(departmentNames);
        d.units().forEach(u -> unitNames.add(normalize(u.name())));

        String t12Name = d.table12().departmentName();
        if (t12Name != null && !unitNames.contains(normalize(t12Name))) {
            f.warning(id(), "tables.12.部门（单位）名称", "表12 部门（单位）名称“" + t12Name + "”与部门名称“"
                    + d.departmentName() + "”不一致");
        }
        for (String id : DEPARTMENT_ROW_TABLES) {
            RowTable table = d.rowTable(id);
            for (TableRow row : table.departments()) {
                if (row.name() != null && !departmentNames.contains(normalize(row.name()))) {
                    f.warning(id(), row.location() + ".name", table.label() + " 部门行名称“" + row.name()
                            + "”与部门名称“" + d.departmentName() + "”不一致");
                }
                if (row.code() != null && d.departmentCode() != null && !row.code().equals(d.departmentCode())) {
                    f.warning(id(), row.location() + ".code", table.label() + " 部门行编码 " + row.code()
                            + " 与部门编码 " + d.departmentCode() + " 不一致");
                }
            }
        }
        for (TableRow row : d.table02().rows("unit")) {
            checkUnit(d, f, row, "表02");
        }
        for (TableRow row : d.table13().units()) {
            checkUnit(d, f, row, "表13");
        }
        for (TableRow row : d.table11().leaves()) {
            String unit = row.field("项目单位");
            if (unit != null && !unitNames.contains(normalize(unit))) {
                f.warning(id(), row.location() + ".项目单位", "表11 项目“" + row.name() + "”的项目单位“" + unit
                        + "”不是本部门或所属单位");
            }
        }
        d.remarks().forEach((id, remark) -> {
            boolean named = departmentNames.stream().anyMatch(name -> normalize(remark).contains(name));
            if (!named) {
                f.warning(id(), "tables." + id + ".remark", "表" + id + " 备注未写明部门名称“" + d.departmentName()
                        + "”：“" + remark + "”");
            }
        });
    }

    private void checkUnit(DisclosureDocument d, Findings f, TableRow row, String table) {
        if (row.code() == null) {
            return;
        }
        d.unitName(row.code()).ifPresentOrElse(name -> {
            if (row.name() != null && !normalize(name).equals(normalize(row.name()))) {
                f.warning(id(), row.location() + ".name", table + " 单位 " + row.code() + " 名称“" + row.name()
                        + "”与单位列表“" + name + "”不一致");
            }
        }, () -> f.warning(id(), row.location() + ".code", table + " 单位 " + row.code() + " 不在单位列表中"));
    }

    // ---- 功能分类 类 labels

    private void classLabels(DisclosureDocument d, Findings f) {
        for (ItemAmount row : d.table01().expenditure()) {
            if (row.classCode() == null) {
                f.warning(id(), row.at("item"), "表01 支出“" + row.item() + "”没有功能分类类编码" + staleNote(row.item()));
            }
        }
        Table04 t04 = d.table04();
        for (ItemRow row : t04.uncodedClassRows()) {
            f.warning(id(), row.location() + ".item", "表04 支出“" + row.item() + "”没有功能分类类编码"
                    + staleNote(row.item()));
        }
        for (ItemRow row : t04.classRows()) {
            int ordinal = ChineseNumerals.ordinalOf(row.item());
            if (ordinal > 0 && row.classCode().matches("[0-9]{3}")
                    && ordinal != Integer.parseInt(row.classCode()) - 200) {
                f.warning(id(), row.location() + ".item", "表04 支出“" + row.item() + "”的序号为 " + ordinal
                        + "，但类编码 " + row.classCode() + " 对应序号 " + (Integer.parseInt(row.classCode()) - 200));
            }
        }
    }

    private String staleNote(String item) {
        for (Map.Entry<String, String> e : staleClassLabels.entrySet()) {
            if (item != null && item.contains(e.getKey())) {
                return "，“" + e.getKey() + "”是已停用的类名（现为 " + e.getValue() + "）";
            }
        }
        return "";
    }

    private static String normalize(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
