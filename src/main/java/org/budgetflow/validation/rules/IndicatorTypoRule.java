package org.budgetflow.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheet.OverallRow;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.LintReferenceData;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L10: typos in indicator texts: a run of two or more Chinese characters written twice in a row ("更好更好",
 * "增加增加") and known misspellings ({@link LintReferenceData#misspellings()}: "父爱率" for 覆盖率). Checks names and
 * values, and the 指标值说明 of table 12.
 */
public final class IndicatorTypoRule extends IndicatorLintRule {
    public static final String ID = "L10";
    private static final Pattern REPEATED = Pattern.compile("(\\p{IsHan}{2,8})\\1");

    private final Map<String, String> misspellings;
    private final Set<String> exceptions;

    public IndicatorTypoRule(LintReferenceData data) {
        this(new IndicatorSheets(), data);
    }

    public IndicatorTypoRule(IndicatorSheets sheets, LintReferenceData data) {
        super(sheets);
        this.misspellings = data.misspellings();
        this.exceptions = Set.copyOf(data.repeatedWordExceptions());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "绩效指标有重复词或错别字";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        // Table 12 repeats the same template explanations in every row set: check each text once.
        Map<String, List<String>> explanations = new HashMap<>();
        for (LintedIndicator ind : sheet(context).all()) {
            List<String> problems = new ArrayList<>();
            problems.addAll(problems(plain(ind.name()) + "\n" + plain(ind.value().text()), ""));
            if (ind instanceof OverallRow row && row.row().explanation() != null) {
                problems.addAll(explanations.computeIfAbsent(row.row().explanation(),
                        e -> problems(plain(e), "指标值说明")));
            }
            if (!problems.isEmpty()) {
                findings.warning(ID, ind.location(), ind.describeWithValue() + " " + String.join("；", problems));
            }
        }
    }

    private List<String> problems(String text, String where) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = REPEATED.matcher(text);
        while (m.find()) {
            if (!exceptions.contains(m.group())) {
                out.add(where + "含重复词“" + m.group() + "”");
            }
        }
        for (Map.Entry<String, String> e : misspellings.entrySet()) {
            if (text.contains(e.getKey())) {
                out.add(where + "含错别字“" + e.getKey() + "”（应为“" + e.getValue() + "”）");
            }
        }
        return new ArrayList<>(out);
    }
}
