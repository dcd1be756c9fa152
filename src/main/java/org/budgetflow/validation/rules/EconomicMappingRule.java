package org.budgetflow.validation.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.ClassificationYear;
import org.budgetflow.classification.CodeList;
import org.budgetflow.classification.MappingResult;
import org.budgetflow.classification.NoClassificationDataException;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.Severity;

/**
 * C2 (guide §2.4, §3.4): the 政府经济分类款 of a line is one the year's mapping allows for its 部门经济分类款 and the kind
 * of its unit (行政/事业). A pair the mapping does not allow is an ERROR naming the allowed codes; a 部门经济款 the mapping
 * does not cover is a WARNING. Reported once per distinct (unit kind, 部门经济款, 政府经济款) with a line count.
 * Lines with an unknown unit, or an unknown or malformed 部门经济款, are left to other rules (B…, C1).
 */
public final class EconomicMappingRule implements BudgetRule {
    public static final String ID = "C2";
    private static final int UNITS_NAMED = 3;

    private final ClassificationCatalog catalog;

    public EconomicMappingRule(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "部门经济分类与政府经济分类的对应须符合单位类型的对应规则";
    }

    private record PairKey(UnitKind kind, String dept, String gov) {
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        ClassificationYear year;
        try {
            year = catalog.forYear(context.year());
        } catch (NoClassificationDataException e) {
            findings.warning(ID, "year", "未检查经济分类对应关系：" + e.getMessage());
            return;
        }
        CodeRuleTally<PairKey> pairs = new CodeRuleTally<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BudgetUnit unit = context.unit(line.unitCode());
            if (unit == null || unit.kind() == null || line.deptEconCode() == null || line.govEconCode() == null) {
                continue;
            }
            pairs.add(new PairKey(unit.kind(), line.deptEconCode(), line.govEconCode()), i, "govEconCode",
                    unit.code(), key -> issue(year, key));
        }
        pairs.report(ID, findings, (message, entry) -> units(context, entry) + message);
    }

    private static CodeRuleTally.Issue issue(ClassificationYear year, PairKey key) {
        CodeList dept = year.deptEconomicCodes();
        CodeList gov = year.govEconomicCodes();
        if (!dept.contains(key.dept())) {
            return null; // C1 reports the unknown code
        }
        MappingResult result = year.economicMapping().check(key.dept(), key.gov(), key.kind());
        String pair = "部门经济分类 " + named(dept, key.dept()) + " 对应政府经济分类 " + named(gov, key.gov());
        return switch (result.verdict()) {
            case ALLOWED -> null;
            case NOT_ALLOWED -> new CodeRuleTally.Issue(Severity.ERROR, pair + "，不符合 " + year.year()
                    + " 年对应规则：" + key.kind().label() + "的 " + key.dept() + " 应对应 "
                    + alternatives(gov, result.allowed()));
            case NOT_COVERED -> new CodeRuleTally.Issue(Severity.WARNING, pair + "：" + year.year()
                    + " 年对应规则未覆盖" + key.kind().label() + "的部门经济分类 " + key.dept() + "，请人工核对或补充对应规则");
        };
    }

    private static String named(CodeList list, String code) {
        return list.name(code).map(name -> code + " " + name).orElse(code);
    }

    private static String alternatives(CodeList gov, List<String> allowed) {
        List<String> named = new ArrayList<>(allowed.size());
        for (String code : allowed) {
            named.add(named(gov, code));
        }
        return String.join(" 或 ", named);
    }

    /** "单位 310001 某某局（行政单位）：" or "单位 310001 甲、310002 乙 等 5 个单位（事业单位）：". */
    private static String units(BudgetContext context, CodeRuleTally.Entry entry) {
        StringBuilder sb = new StringBuilder("单位 ");
        Iterator<String> codes = entry.units().iterator();
        UnitKind kind = null;
        for (int n = 0; codes.hasNext() && n < UNITS_NAMED; n++) {
            String code = codes.next();
            BudgetUnit unit = context.unit(code);
            kind = unit.kind();
            sb.append(n == 0 ? "" : "、").append(code);
            if (unit.name() != null && !unit.name().isBlank()) {
                sb.append(' ').append(unit.name());
            }
        }
        if (entry.units().size() > UNITS_NAMED) {
            sb.append(" 等 ").append(entry.units().size()).append(" 个单位");
        }
        return sb.append("（").append(kind == null ? "" : kind.label()).append("）：").toString();
    }
}
