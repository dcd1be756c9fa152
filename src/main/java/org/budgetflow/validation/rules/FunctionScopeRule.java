package org.budgetflow.validation.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.CodeList;
import org.budgetflow.classification.NoClassificationDataException;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.Severity;

/**
 * C4: the 功能分类 of a line belongs to the budget its money comes from. Codes carry a scope in the code list (e.g.
 * 229 04 is a 政府性基金 款, 223 is 国有资本经营预算支出); 一般公共预算 money on a 基金-only code would put a fund item into
 * table 05 (guide V17). A fiscal source outside the scope is an ERROR; non-fiscal money (事业收入, 单位资金 …) on a code
 * that 一般公共预算 may not use either is a WARNING. Codes without a known scope pass. Reported once per distinct
 * (功能分类, 资金来源) with a line count.
 */
public final class FunctionScopeRule implements BudgetRule {
    public static final String ID = "C4";

    private final ClassificationCatalog catalog;

    public FunctionScopeRule(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "功能分类科目须属于资金来源所在的预算（一般公共预算 / 政府性基金 / 国有资本经营）";
    }

    private record ScopeKey(String functionCode, FundSource source) {
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        CodeList functions;
        try {
            functions = catalog.functionCodes(context.year());
        } catch (NoClassificationDataException e) {
            findings.warning(ID, "year", "未检查功能分类与资金来源：" + e.getMessage());
            return;
        }
        CodeRuleTally<ScopeKey> tally = new CodeRuleTally<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.functionCode() == null || line.fundSource() == null) {
                continue;
            }
            tally.add(new ScopeKey(line.functionCode(), line.fundSource()), i, "fundSource",
                    key -> issue(functions, key));
        }
        tally.report(ID, findings);
    }

    private static CodeRuleTally.Issue issue(CodeList functions, ScopeKey key) {
        Set<FundSource> scope = functions.scopeOf(key.functionCode());
        FundSource source = key.source();
        if (scope.isEmpty() || scope.contains(source)) {
            return null;
        }
        String subject = "功能分类 " + key.functionCode() + functions.name(key.functionCode()).map(n -> " " + n).orElse("")
                + " 只能使用" + labels(scope) + "资金，";
        if (source.fiscal()) {
            String consequence = source == FundSource.GENERAL_PUBLIC_BUDGET
                    ? "（表05 一般公共预算支出表将列出该科目，见 V17）" : "";
            return new CodeRuleTally.Issue(Severity.ERROR, subject + "本行资金来源为" + source.label() + consequence);
        }
        if (!scope.contains(FundSource.GENERAL_PUBLIC_BUDGET)) {
            return new CodeRuleTally.Issue(Severity.WARNING, subject + "本行资金来源为" + source.label() + "，请核实科目");
        }
        return null;
    }

    private static String labels(Set<FundSource> scope) {
        return scope.stream().sorted().map(FundSource::label).collect(Collectors.joining("或"));
    }
}
