package org.budgetflow.classification;

import java.util.List;

/** The three expenditure code lists of 政府收支分类科目 that a department budget uses. */
public enum CodeListKind {
    /** 支出功能分类科目: 类 (3 digits), 款 (5), 项 (7). */
    FUNCTION("function", "function-codes.csv", "支出功能分类科目", "功能分类",
            List.of(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM)),
    /** 部门预算支出经济分类科目: 类 (3 digits), 款 (5). */
    DEPT_ECONOMIC("dept-economic", "dept-economic-codes.csv", "部门预算支出经济分类科目", "部门经济分类",
            List.of(CodeLevel.CLASS, CodeLevel.SECTION)),
    /** 政府预算支出经济分类科目: 类 (3 digits), 款 (5). */
    GOV_ECONOMIC("gov-economic", "gov-economic-codes.csv", "政府预算支出经济分类科目", "政府经济分类",
            List.of(CodeLevel.CLASS, CodeLevel.SECTION));

    private final String id;
    private final String fileName;
    private final String title;
    private final String shortLabel;
    private final List<CodeLevel> levels;

    CodeListKind(String id, String fileName, String title, String shortLabel, List<CodeLevel> levels) {
        this.id = id;
        this.fileName = fileName;
        this.title = title;
        this.shortLabel = shortLabel;
        this.levels = levels;
    }

    /** The id used in lists.csv ({@code function}, {@code dept-economic}, {@code gov-economic}). */
    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /** The official title, e.g. 支出功能分类科目. */
    public String title() {
        return title;
    }

    /** The short label used in findings, e.g. 功能分类. */
    public String shortLabel() {
        return shortLabel;
    }

    /** The levels of this list, from 类 down. */
    public List<CodeLevel> levels() {
        return levels;
    }

    /** The level of the codes that budget lines carry: 项 for functions, 款 for the economic lists. */
    public CodeLevel lineLevel() {
        return levels.get(levels.size() - 1);
    }

    public boolean hasLevel(CodeLevel level) {
        return levels.contains(level);
    }

    static CodeListKind ofId(String id) {
        for (CodeListKind kind : values()) {
            if (kind.id.equalsIgnoreCase(id) || kind.name().equalsIgnoreCase(id)) {
                return kind;
            }
        }
        return null;
    }
}
