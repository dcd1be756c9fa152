package org.budgetflow.classification;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.UnitKind;

/**
 * The rows of one source folder, as read, with their year ranges. Immutable. A catalog stacks one or more of these:
 * for a given year, rows of a later layer win over rows of an earlier one.
 */
final class CatalogData {
    static final String LISTS_FILE = "lists.csv";
    static final String MAPPING_FILE = "economic-mapping.csv";

    record CodeRow(CodeListKind list, String code, String name, YearRange years, Set<FundSource> scope, String where) {
    }

    /** One allowed pair; {@code unitKind} null = every kind. */
    record MappingRow(String deptCode, UnitKind unitKind, String govCode, YearRange years, String where) {
    }

    /** Completeness of a list (level null) or of one level of it, for a range of years. */
    record ListRow(CodeListKind list, CodeLevel level, YearRange years, boolean complete, String where) {
    }

    private final String origin;
    private final Map<CodeListKind, List<CodeRow>> codes;
    private final List<MappingRow> mapping;
    private final List<ListRow> lists;

    private CatalogData(String origin, Map<CodeListKind, List<CodeRow>> codes, List<MappingRow> mapping,
                        List<ListRow> lists) {
        this.origin = origin;
        this.codes = codes;
        this.mapping = mapping;
        this.lists = lists;
    }

    String origin() {
        return origin;
    }

    List<CodeRow> codes(CodeListKind list) {
        return codes.getOrDefault(list, List.of());
    }

    List<MappingRow> mapping() {
        return mapping;
    }

    List<ListRow> lists() {
        return lists;
    }

    /**
     * Reads a folder. With {@code requireAll} every file must be present (a complete replacement); without it missing
     * files contribute no rows (an extension layered over the bundled data).
     */
    static CatalogData read(CatalogSource source, boolean requireAll) {
        try {
            Map<CodeListKind, List<CodeRow>> codes = new HashMap<>();
            for (CodeListKind list : CodeListKind.values()) {
                CsvTable table = table(source, list.fileName(), requireAll, "code", "name");
                codes.put(list, table == null ? List.of() : codeRows(list, table));
            }
            CsvTable mappingTable = table(source, MAPPING_FILE, requireAll, "deptEconCode", "govEconCode");
            CsvTable listsTable = table(source, LISTS_FILE, requireAll, "list", "complete");
            return new CatalogData(source.describe(), codes,
                    mappingTable == null ? List.of() : mappingRows(mappingTable),
                    listsTable == null ? List.of() : listRows(listsTable));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classification data from " + source.describe(), e);
        }
    }

    private static CsvTable table(CatalogSource source, String fileName, boolean required, String... columns)
            throws IOException {
        try (Reader reader = source.open(fileName)) {
            if (reader == null) {
                if (required) {
                    throw new ClassificationDataException(source.describe() + " 中缺少文件 " + fileName);
                }
                return null;
            }
            return CsvTable.read(source.describe() + "/" + fileName, reader, columns);
        }
    }

    private static List<CodeRow> codeRows(CodeListKind list, CsvTable table) {
        List<CodeRow> rows = new ArrayList<>();
        Map<String, List<CodeRow>> byCode = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.get("code").replace(" ", "");
            CodeLevel level = CodeLevel.ofCode(code);
            if (!code.matches("[0-9]+") || level == null || !list.hasLevel(level)) {
                throw new ClassificationDataException(row.where() + "：编码“" + row.get("code") + "”不是"
                        + list.title() + "的类/款" + (list.hasLevel(CodeLevel.ITEM) ? "/项" : "") + "编码");
            }
            String name = row.get("name");
            if (name.isEmpty()) {
                throw new ClassificationDataException(row.where() + "：编码 " + code + " 缺少名称");
            }
            Set<FundSource> scope = Scopes.parse(row.get("scope"), row);
            if (!scope.isEmpty() && list != CodeListKind.FUNCTION) {
                throw new ClassificationDataException(row.where() + "：scope 只适用于支出功能分类科目");
            }
            CodeRow codeRow = new CodeRow(list, code, name, YearRange.parse(row), scope, row.where());
            for (CodeRow other : byCode.getOrDefault(code, List.of())) {
                if (other.years().overlaps(codeRow.years())) {
                    throw new ClassificationDataException(row.where() + "：编码 " + code + " 的适用年度（"
                            + codeRow.years().describe() + "）与 " + other.where() + "（" + other.years().describe()
                            + "）重叠；同一编码在同一年度只能有一行");
                }
            }
            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(codeRow);
            rows.add(codeRow);
        }
        return List.copyOf(rows);
    }

    private static List<MappingRow> mappingRows(CsvTable table) {
        List<MappingRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String dept = row.get("deptEconCode").replace(" ", "");
            String gov = row.get("govEconCode").replace(" ", "");
            if (!dept.matches("3[0-9]{4}")) {
                throw new ClassificationDataException(row.where() + "：deptEconCode“" + dept + "”不是部门经济分类款（5 位，3 开头）");
            }
            if (!gov.matches("5[0-9]{4}")) {
                throw new ClassificationDataException(row.where() + "：govEconCode“" + gov + "”不是政府经济分类款（5 位，5 开头）");
            }
            rows.add(new MappingRow(dept, unitKind(row), gov, YearRange.parse(row), row.where()));
        }
        return List.copyOf(rows);
    }

    private static UnitKind unitKind(CsvTable.Row row) {
        String value = row.get("unitKind");
        if (value.isEmpty()) {
            return null;
        }
        for (UnitKind kind : UnitKind.values()) {
            if (kind.name().equalsIgnoreCase(value) || kind.label().equals(value) || kind.label().startsWith(value)) {
                return kind;
            }
        }
        throw new ClassificationDataException(row.where() + "：unitKind“" + value
                + "”应为 ADMINISTRATIVE（行政）、PUBLIC_INSTITUTION（事业）或留空（不分单位类型）");
    }

    private static List<ListRow> listRows(CsvTable table) {
        List<ListRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            CodeListKind list = CodeListKind.ofId(row.get("list"));
            if (list == null) {
                throw new ClassificationDataException(row.where() + "：list“" + row.get("list")
                        + "”应为 function、dept-economic 或 gov-economic");
            }
            CodeLevel level = null;
            String levelValue = row.get("level");
            if (!levelValue.isEmpty()) {
                level = CodeLevel.ofId(levelValue);
                if (level == null || !list.hasLevel(level)) {
                    throw new ClassificationDataException(row.where() + "：level“" + levelValue + "”不是"
                            + list.title() + "的层级（CLASS/SECTION" + (list.hasLevel(CodeLevel.ITEM) ? "/ITEM" : "")
                            + "，或留空表示整个代码表）");
                }
            }
            ListRow listRow = new ListRow(list, level, YearRange.parse(row), bool(row), row.where());
            for (ListRow other : rows) {
                if (other.list() == list && other.level() == level && other.years().overlaps(listRow.years())) {
                    throw new ClassificationDataException(row.where() + "：与 " + other.where() + " 的适用年度重叠");
                }
            }
            rows.add(listRow);
        }
        return List.copyOf(rows);
    }

    private static boolean bool(CsvTable.Row row) {
        String value = row.get("complete").toLowerCase();
        return switch (value) {
            case "true", "yes", "1", "是" -> true;
            case "false", "no", "0", "否" -> false;
            default -> throw new ClassificationDataException(row.where() + "：complete 应为 true 或 false，实为“"
                    + row.get("complete") + "”");
        };
    }

    /** Parses the scope column of function-codes.csv. */
    static final class Scopes {
        private Scopes() {
        }

        static Set<FundSource> parse(String value, CsvTable.Row row) {
            if (value.isEmpty()) {
                return Set.of();
            }
            Set<FundSource> scope = EnumSet.noneOf(FundSource.class);
            for (String part : value.split("[|;、/]")) {
                String token = part.trim();
                if (token.isEmpty()) {
                    continue;
                }
                FundSource source = of(token);
                if (source == null || !source.fiscal()) {
                    throw new ClassificationDataException(row.where() + "：scope“" + token
                            + "”应为 GENERAL_PUBLIC_BUDGET（一般公共预算）、GOVERNMENT_FUND（政府性基金）"
                            + "或 STATE_CAPITAL（国有资本经营），多个用 | 分隔");
                }
                scope.add(source);
            }
            return scope;
        }

        private static FundSource of(String token) {
            for (FundSource source : FundSource.values()) {
                if (source.name().equalsIgnoreCase(token) || source.label().equals(token)
                        || source.label().startsWith(token)) {
                    return source;
                }
            }
            return null;
        }
    }
}
