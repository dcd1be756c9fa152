package org.budgetflow.classification;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.budgetflow.budget.FundSource;

/**
 * One code list (支出功能分类, 部门经济分类 or 政府经济分类) as it applies in one budget year. Immutable; lookups are
 * hash-map lookups. A list may be partial: the bundled data holds the codes seen in practice, not the whole official
 * list, and a finance bureau marks a list (or one level of it) complete in lists.csv when it has loaded the full list.
 */
public final class CodeList {
    private final CodeListKind kind;
    private final int year;
    private final boolean complete;
    private final Map<CodeLevel, Boolean> levelComplete;
    private final Map<String, ClassificationCode> byCode;
    private final List<ClassificationCode> sorted;

    /**
     * @param complete      whether the whole list is complete for the year
     * @param levelComplete overrides per level (e.g. all 类 present although 款/项 are partial); absent = as the list
     */
    public CodeList(CodeListKind kind, int year, Collection<ClassificationCode> codes, boolean complete,
                    Map<CodeLevel, Boolean> levelComplete) {
        this.kind = kind;
        this.year = year;
        this.complete = complete;
        this.levelComplete = levelComplete.isEmpty() ? Map.of() : new EnumMap<>(levelComplete);
        this.byCode = new HashMap<>(codes.size() * 2);
        for (ClassificationCode code : codes) {
            if (byCode.put(code.code(), code) != null) {
                throw new IllegalArgumentException("duplicate code " + code.code() + " in " + kind + " " + year);
            }
        }
        this.sorted = codes.stream().sorted(Comparator.comparing(ClassificationCode::code)).toList();
    }

    public CodeListKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    /** The entry of a code in this year, if the list has it. */
    public Optional<ClassificationCode> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Like {@link #find(String)} but null when absent, for hot loops. */
    public ClassificationCode get(String code) {
        return code == null ? null : byCode.get(code);
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The official name of a code in this year. */
    public Optional<String> name(String code) {
        return find(code).map(ClassificationCode::name);
    }

    /** The entry one level up (款 of a 项, 类 of a 款), if the list has it; empty for a 类 or a malformed code. */
    public Optional<ClassificationCode> parent(String code) {
        CodeLevel level = CodeLevel.ofCode(code);
        if (level == null || level.parent() == null) {
            return Optional.empty();
        }
        return find(code.substring(0, level.parent().length()));
    }

    /** The level of a code by its number of digits (3 类, 5 款, 7 项), or null when it fits no level of this list. */
    public CodeLevel level(String code) {
        CodeLevel level = CodeLevel.ofCode(code);
        return level != null && kind.hasLevel(level) ? level : null;
    }

    /** True when the finance bureau has marked the whole list complete for this year. */
    public boolean isComplete() {
        return complete;
    }

    /** True when the codes of one level are complete (a missing code of that level is then an error). */
    public boolean isComplete(CodeLevel level) {
        return levelComplete.getOrDefault(level, complete);
    }

    /** "2023 年支出功能分类科目", with "（部分）" when the list is partial. */
    public String title() {
        return year + " 年" + kind.title() + (complete ? "" : "（部分）");
    }

    /** The title as it matters for one level: "（部分）" only when that level is partial. */
    public String title(CodeLevel level) {
        return year + " 年" + kind.title() + (isComplete(level) ? "" : "（部分）");
    }

    /**
     * The budgets whose money may use a functional code: the scope declared on the code, else on its 款, else on its
     * 类; empty = any. Works for codes missing from a partial list too (their 款 or 类 may carry the scope).
     */
    public Set<FundSource> scopeOf(String code) {
        if (code == null) {
            return Set.of();
        }
        for (int i = kind.levels().size() - 1; i >= 0; i--) {
            int length = kind.levels().get(i).length();
            if (code.length() >= length) {
                ClassificationCode entry = byCode.get(code.substring(0, length));
                if (entry != null && !entry.scope().isEmpty()) {
                    return entry.scope();
                }
            }
        }
        return Set.of();
    }

    /** All codes, sorted. */
    public List<ClassificationCode> codes() {
        return sorted;
    }

    /** The codes of one level, sorted (e.g. all 类 for the rows of table 01). */
    public List<ClassificationCode> codes(CodeLevel level) {
        return sorted.stream().filter(c -> c.level() == level).toList();
    }

    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return title() + " (" + size() + " codes)";
    }
}
