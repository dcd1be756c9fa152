package org.budgetflow.classification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.budgetflow.budget.UnitKind;

/**
 * The classification codes (政府收支分类科目) and the 部门→政府 economic mapping, by budget year.
 * <p>
 * The data are CSV rows with {@code validFrom}/{@code validTo} year columns (empty = open), so that next year's codes
 * are added as rows; see docs/classification.md. {@link #loadDefault()} reads the bundled folder
 * {@code classification/} from the classpath; {@link #load(Path)} reads a finance bureau's own folder instead, and
 * {@link #loadDefaultExtendedBy(Path)} lays a bureau's rows over the bundled ones (for a given year, the bureau's row
 * for a code wins). The views per year are built on first use and cached; the catalog is immutable and thread-safe.
 */
public final class ClassificationCatalog {
    /** The classpath folder of the bundled data. */
    public static final String DEFAULT_FOLDER = "classification";

    private final List<CatalogData> layers;
    private final ConcurrentMap<Integer, ClassificationYear> years = new ConcurrentHashMap<>();

    private ClassificationCatalog(List<CatalogData> layers) {
        this.layers = List.copyOf(layers);
    }

    /**
     * The data bundled with BudgetFlow (src/main/resources/classification), read once and shared: the catalog is
     * immutable, so the validator, the disclosure and the workbook use one instance and one cache of year views.
     */
    public static ClassificationCatalog loadDefault() {
        return Bundled.INSTANCE;
    }

    /** Holder of the bundled catalog, read on first use. */
    private static final class Bundled {
        static final ClassificationCatalog INSTANCE = new ClassificationCatalog(List.of(bundled()));
    }

    /**
     * A finance bureau's folder with the same file layout, replacing the bundled data entirely: all five files
     * (lists.csv, function-codes.csv, dept-economic-codes.csv, gov-economic-codes.csv, economic-mapping.csv) must exist.
     */
    public static ClassificationCatalog load(Path dir) {
        requireDirectory(dir);
        return new ClassificationCatalog(List.of(CatalogData.read(CatalogSource.directory(dir), true)));
    }

    /**
     * The bundled data extended by a finance bureau's folder: any of the five files may be present; for a year, a
     * bureau row for a code (or for a 部门经济款 and unit kind in the mapping, or for a list in lists.csv) replaces
     * the bundled rows for the same key.
     */
    public static ClassificationCatalog loadDefaultExtendedBy(Path dir) {
        requireDirectory(dir);
        return new ClassificationCatalog(List.of(bundled(), CatalogData.read(CatalogSource.directory(dir), false)));
    }

    private static CatalogData bundled() {
        ClassLoader loader = ClassificationCatalog.class.getClassLoader();
        return CatalogData.read(CatalogSource.classpath(DEFAULT_FOLDER, loader), true);
    }

    private static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ClassificationDataException("代码表目录不存在：" + dir);
        }
    }

    /** The lists and mapping of a budget year. @throws NoClassificationDataException when the year has no data */
    public ClassificationYear forYear(int year) {
        ClassificationYear cached = years.get(year);
        return cached != null ? cached : years.computeIfAbsent(year, this::build);
    }

    /** True when every list is registered in lists.csv for the year. */
    public boolean covers(int year) {
        for (CodeListKind kind : CodeListKind.values()) {
            if (listRow(kind, null, year) == null) {
                return false;
            }
        }
        return true;
    }

    public CodeList functionCodes(int year) {
        return forYear(year).functionCodes();
    }

    public CodeList deptEconomicCodes(int year) {
        return forYear(year).deptEconomicCodes();
    }

    public CodeList govEconomicCodes(int year) {
        return forYear(year).govEconomicCodes();
    }

    public EconomicMapping economicMapping(int year) {
        return forYear(year).economicMapping();
    }

    /** The years covered, per list, for messages: "支出功能分类科目 2018 年起；…". */
    public String coverage() {
        List<String> parts = new ArrayList<>();
        for (CodeListKind kind : CodeListKind.values()) {
            String ranges = layers.stream().flatMap(l -> l.lists().stream())
                    .filter(r -> r.list() == kind && r.level() == null)
                    .map(r -> r.years().describe()).distinct().collect(Collectors.joining("、"));
            parts.add(kind.title() + " " + (ranges.isEmpty() ? "无" : ranges));
        }
        return String.join("；", parts);
    }

    private ClassificationYear build(int year) {
        if (!covers(year)) {
            throw new NoClassificationDataException(year, coverage());
        }
        Map<CodeListKind, CodeList> lists = new EnumMap<>(CodeListKind.class);
        for (CodeListKind kind : CodeListKind.values()) {
            lists.put(kind, buildList(kind, year));
        }
        EconomicMapping mapping = buildMapping(year, lists.get(CodeListKind.DEPT_ECONOMIC),
                lists.get(CodeListKind.GOV_ECONOMIC));
        return new ClassificationYear(year, lists.get(CodeListKind.FUNCTION), lists.get(CodeListKind.DEPT_ECONOMIC),
                lists.get(CodeListKind.GOV_ECONOMIC), mapping);
    }

    private CodeList buildList(CodeListKind kind, int year) {
        Map<String, CatalogData.CodeRow> rows = new LinkedHashMap<>();
        for (CatalogData layer : layers) {
            for (CatalogData.CodeRow row : layer.codes(kind)) {
                if (row.years().contains(year)) {
                    rows.put(row.code(), row);
                }
            }
        }
        List<ClassificationCode> codes = new ArrayList<>(rows.size());
        for (CatalogData.CodeRow row : rows.values()) {
            CodeLevel level = CodeLevel.ofCode(row.code());
            String parent = level.parent() == null ? null : row.code().substring(0, level.parent().length());
            if (parent != null && !rows.containsKey(parent)) {
                throw new ClassificationDataException(row.where() + "：" + year + " 年" + kind.title() + "中 "
                        + row.code() + " 的上级" + level.parent().label() + " " + parent + " 不存在；请同时登记上级科目");
            }
            codes.add(new ClassificationCode(row.code(), row.name(), level, parent, row.scope()));
        }
        Map<CodeLevel, Boolean> levelComplete = new EnumMap<>(CodeLevel.class);
        for (CodeLevel level : kind.levels()) {
            CatalogData.ListRow row = listRow(kind, level, year);
            if (row != null) {
                levelComplete.put(level, row.complete());
            }
        }
        return new CodeList(kind, year, codes, listRow(kind, null, year).complete(), levelComplete);
    }

    private EconomicMapping buildMapping(int year, CodeList dept, CodeList gov) {
        Map<UnitKind, Map<String, Set<String>>> merged = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            merged.put(kind, new HashMap<>());
        }
        for (CatalogData layer : layers) {
            Map<UnitKind, Map<String, Set<String>>> layerRules = new EnumMap<>(UnitKind.class);
            for (CatalogData.MappingRow row : layer.mapping()) {
                if (!row.years().contains(year)) {
                    continue;
                }
                requireCode(dept, row.deptCode(), row);
                requireCode(gov, row.govCode(), row);
                for (UnitKind kind : row.unitKind() == null ? UnitKind.values() : new UnitKind[] {row.unitKind()}) {
                    layerRules.computeIfAbsent(kind, k -> new HashMap<>())
                            .computeIfAbsent(row.deptCode(), k -> new TreeSet<>()).add(row.govCode());
                }
            }
            // a later layer's rules for (unit kind, 部门经济款) replace the earlier ones
            layerRules.forEach((kind, rules) -> merged.get(kind).putAll(rules));
        }
        return new EconomicMapping(year, new EnumMap<>(merged));
    }

    private static void requireCode(CodeList list, String code, CatalogData.MappingRow row) {
        if (!list.contains(code)) {
            throw new ClassificationDataException(row.where() + "：" + code + " 不在 " + list.year() + " 年"
                    + list.kind().title() + "中；请先在 " + list.kind().fileName() + " 中登记");
        }
    }

    /** The lists.csv row for a list (level null) or one level of it in a year; the last layer wins. */
    private CatalogData.ListRow listRow(CodeListKind kind, CodeLevel level, int year) {
        CatalogData.ListRow found = null;
        for (CatalogData layer : layers) {
            for (CatalogData.ListRow row : layer.lists()) {
                if (row.list() == kind && row.level() == level && row.years().contains(year)) {
                    found = row;
                }
            }
        }
        return found;
    }
}
