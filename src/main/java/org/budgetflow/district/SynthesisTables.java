package org.budgetflow.district;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.UnitKind;

/**
 * The documented tables the demo district's lines are synthesized from (resources {@code district/*.csv}, explained
 * in docs/demo-district.md): department kinds with their 功能分类, unit kinds, the split of 基本支出 by 经济分类, the
 * 经济分类 of project lines by name keywords and project type, and the names of 功能分类 codes the bundled code list
 * lacks. Immutable.
 */
public final class SynthesisTables {
    public static final String FOLDER = "district/";
    /** The per-mille total of the basic-expenditure shares. */
    public static final int PER_MILLE = 1000;

    /** A kind of department and the 功能分类 of its lines. */
    public record DepartmentKind(String kind, List<String> keywords, String basicAdministrative,
                                 String basicInstitution, String otherOperating, String specificPurpose) {
        /** The 功能分类 of basic expenditure in a unit of this kind. */
        public String basicFunction(UnitKind unitKind) {
            return unitKind == UnitKind.PUBLIC_INSTITUTION && !basicInstitution.isEmpty()
                    ? basicInstitution : basicAdministrative;
        }

        public String projectFunction(ProjectType type) {
            return type == ProjectType.OTHER_OPERATING ? otherOperating : specificPurpose;
        }
    }

    public record UnitKindRule(List<String> keywords, UnitKind kind) {
    }

    /** A share of 基本支出: per mille of the department's basic expenditure. Empty function = the department's. */
    public record BasicShare(ExpenditureCategory category, String deptEconCode, int perMille,
                             String functionAdministrative, String functionInstitution) {
        public Optional<String> function(UnitKind unitKind) {
            String code = unitKind == UnitKind.PUBLIC_INSTITUTION ? functionInstitution : functionAdministrative;
            return code.isEmpty() ? Optional.empty() : Optional.of(code);
        }
    }

    /** A 部门经济分类 for project lines whose name contains a keyword; type null = either type. */
    public record EconomicRule(ProjectType type, List<String> keywords, String deptEconCode) {
    }

    private final List<DepartmentKind> departmentKinds;
    private final List<UnitKindRule> unitKinds;
    private final List<BasicShare> basicShares;
    private final List<EconomicRule> economicRules;
    private final Map<String, String> functionNames;

    public SynthesisTables(List<DepartmentKind> departmentKinds, List<UnitKindRule> unitKinds,
                           List<BasicShare> basicShares, List<EconomicRule> economicRules,
                           Map<String, String> functionNames) {
        this.departmentKinds = List.copyOf(departmentKinds);
        this.unitKinds = List.copyOf(unitKinds);
        this.basicShares = List.copyOf(basicShares);
        this.economicRules = List.copyOf(economicRules);
        this.functionNames = Map.copyOf(functionNames);
        int total = basicShares.stream().mapToInt(BasicShare::perMille).sum();
        if (total != PER_MILLE) {
            throw new IllegalArgumentException("basic shares add up to " + total + " per mille, not " + PER_MILLE);
        }
        if (departmentKinds.isEmpty() || !departmentKinds.get(departmentKinds.size() - 1).keywords().contains("*")) {
            throw new IllegalArgumentException("the last department kind must match any name (*)");
        }
        if (unitKinds.isEmpty() || !unitKinds.get(unitKinds.size() - 1).keywords().contains("*")) {
            throw new IllegalArgumentException("the last unit kind must match any name (*)");
        }
        for (ProjectType type : ProjectType.values()) {
            if (economicRules.stream().noneMatch(r -> (r.type() == null || r.type() == type)
                    && r.keywords().contains("*"))) {
                throw new IllegalArgumentException("no default economic code for " + type);
            }
        }
    }

    /** The tables bundled under {@code district/}. */
    public static SynthesisTables loadDefault() {
        List<DepartmentKind> departments = new ArrayList<>();
        for (CsvRows.Row r : CsvRows.read(FOLDER + "department-kinds.csv", "kind", "keywords",
                "basicAdministrative", "basicInstitution", "otherOperating", "specificPurpose")) {
            departments.add(new DepartmentKind(r.get("kind"), CsvRows.keywords(r.get("keywords")),
                    r.get("basicAdministrative"), r.get("basicInstitution"), r.get("otherOperating"),
                    r.get("specificPurpose")));
        }
        List<UnitKindRule> units = new ArrayList<>();
        for (CsvRows.Row r : CsvRows.read(FOLDER + "unit-kinds.csv", "keywords", "kind")) {
            units.add(new UnitKindRule(CsvRows.keywords(r.get("keywords")), UnitKind.valueOf(r.get("kind"))));
        }
        List<BasicShare> shares = new ArrayList<>();
        for (CsvRows.Row r : CsvRows.read(FOLDER + "basic-split.csv", "category", "deptEconCode", "perMille",
                "functionAdministrative", "functionInstitution")) {
            shares.add(new BasicShare(ExpenditureCategory.valueOf(r.get("category")), r.get("deptEconCode"),
                    Integer.parseInt(r.get("perMille")), r.get("functionAdministrative"),
                    r.get("functionInstitution")));
        }
        List<EconomicRule> economics = new ArrayList<>();
        for (CsvRows.Row r : CsvRows.read(FOLDER + "project-economics.csv", "projectType", "keywords",
                "deptEconCode")) {
            String type = r.get("projectType");
            economics.add(new EconomicRule(type.isEmpty() ? null : ProjectType.valueOf(type),
                    CsvRows.keywords(r.get("keywords")), r.get("deptEconCode")));
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (CsvRows.Row r : CsvRows.read(FOLDER + "function-names.csv", "code", "name")) {
            names.put(r.get("code"), r.get("name"));
        }
        return new SynthesisTables(departments, units, shares, economics, names);
    }

    public DepartmentKind departmentKind(String departmentName) {
        for (DepartmentKind kind : departmentKinds) {
            if (CsvRows.matches(kind.keywords(), departmentName)) {
                return kind;
            }
        }
        throw new IllegalStateException("unreachable: the last department kind matches any name");
    }

    public UnitKind unitKind(String unitName) {
        for (UnitKindRule rule : unitKinds) {
            if (CsvRows.matches(rule.keywords(), unitName)) {
                return rule.kind();
            }
        }
        throw new IllegalStateException("unreachable: the last unit kind matches any name");
    }

    public List<BasicShare> basicShares() {
        return basicShares;
    }

    public String projectEconomicCode(ProjectType type, String projectName) {
        for (EconomicRule rule : economicRules) {
            if ((rule.type() == null || rule.type() == type) && CsvRows.matches(rule.keywords(), projectName)) {
                return rule.deptEconCode();
            }
        }
        throw new IllegalStateException("unreachable: every project type has a default economic code");
    }

    public List<DepartmentKind> departmentKinds() {
        return departmentKinds;
    }

    public List<EconomicRule> economicRules() {
        return economicRules;
    }

    /** The name the synthesis table gives a 功能分类 code the bundled list lacks. */
    public Optional<String> functionName(String code) {
        return Optional.ofNullable(functionNames.get(code));
    }

    public Map<String, String> functionNames() {
        return functionNames;
    }
}
