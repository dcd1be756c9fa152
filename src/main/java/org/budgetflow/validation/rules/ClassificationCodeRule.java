package org.budgetflow.validation.rules;

import java.util.List;

import org.budgetflow.budget.Line;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.ClassificationCode;
import org.budgetflow.classification.ClassificationYear;
import org.budgetflow.classification.CodeLevel;
import org.budgetflow.classification.CodeList;
import org.budgetflow.classification.CodeListKind;
import org.budgetflow.classification.NoClassificationDataException;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.Severity;

/**
 * C1 (guide §2.4): every line's 功能分类 (and its 类 and 款), 部门经济分类 and 政府经济分类 code is in the year's code
 * list, and a printed name matches the list's name. An unknown code is an ERROR in a list (or level) the finance bureau
 * has marked complete and a WARNING asking to extend the list otherwise; a different name is a WARNING. Each distinct
 * (field, code) is reported once, with its first line and number of lines.
 */
public final class ClassificationCodeRule implements BudgetRule {
    public static final String ID = "C1";

    private final ClassificationCatalog catalog;

    public ClassificationCodeRule(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "科目编码须在当年政府收支分类科目中，所列名称须与科目名称一致";
    }

    /** The checked fields of a line: code field, name field, list. */
    private enum Field {
        FUNCTION("functionCode", "functionName", CodeListKind.FUNCTION),
        DEPT_ECONOMIC("deptEconCode", "deptEconName", CodeListKind.DEPT_ECONOMIC),
        GOV_ECONOMIC("govEconCode", "govEconName", CodeListKind.GOV_ECONOMIC);

        final String codeField;
        final String nameField;
        final CodeListKind list;

        Field(String codeField, String nameField, CodeListKind list) {
            this.codeField = codeField;
            this.nameField = nameField;
            this.list = list;
        }
    }

    private record CodeKey(Field field, String code) {
    }

    private record NameKey(Field field, String code, String printedName) {
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        ClassificationYear year;
        try {
            year = catalog.forYear(context.year());
        } catch (NoClassificationDataException e) {
            findings.warning(ID, "year", "未检查科目编码：" + e.getMessage());
            return;
        }
        CodeRuleTally<CodeKey> codes = new CodeRuleTally<>();
        CodeRuleTally<NameKey> names = new CodeRuleTally<>();
        List<Line> lines = context.budget().lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            tally(codes, names, year, Field.FUNCTION, line.functionCode(), line.functionName(), i);
            tally(codes, names, year, Field.DEPT_ECONOMIC, line.deptEconCode(), line.deptEconName(), i);
            tally(codes, names, year, Field.GOV_ECONOMIC, line.govEconCode(), line.govEconName(), i);
        }
        codes.report(ID, findings);
        names.report(ID, findings);
    }

    private static void tally(CodeRuleTally<CodeKey> codes, CodeRuleTally<NameKey> names, ClassificationYear year,
                              Field field, String code, String printedName, int lineIndex) {
        CodeList list = year.list(field.list);
        codes.add(new CodeKey(field, code), lineIndex, field.codeField, key -> codeIssue(list, key.code()));
        if (printedName != null && !printedName.isBlank()) {
            names.add(new NameKey(field, code, printedName), lineIndex, field.nameField,
                    key -> nameIssue(list, key.code(), key.printedName()));
        }
    }

    private static CodeRuleTally.Issue codeIssue(CodeList list, String code) {
        CodeListKind kind = list.kind();
        CodeLevel lineLevel = kind.lineLevel();
        if (code == null || code.isBlank()) {
            return new CodeRuleTally.Issue(Severity.ERROR, "缺少" + kind.shortLabel() + "编码");
        }
        if (code.length() != lineLevel.length() || !isDigits(code)) {
            return new CodeRuleTally.Issue(Severity.ERROR, kind.shortLabel() + "编码“" + code + "”不是 "
                    + lineLevel.length() + " 位数字（应填到" + lineLevel.label() + "）");
        }
        for (CodeLevel level : kind.levels()) {
            String part = code.substring(0, level.length());
            if (list.contains(part)) {
                continue;
            }
            String subject = level == lineLevel
                    ? kind.shortLabel() + " " + code
                    : kind.shortLabel() + " " + code + " 的" + level.label() + " " + part;
            if (list.isComplete(level)) {
                return new CodeRuleTally.Issue(Severity.ERROR, subject + " 不在 " + list.title(level) + "中");
            }
            return new CodeRuleTally.Issue(Severity.WARNING, subject + " 不在 " + list.title(level)
                    + "中，请核实或补充代码表");
        }
        return null;
    }

    private static CodeRuleTally.Issue nameIssue(CodeList list, String code, String printedName) {
        ClassificationCode entry = list.get(code);
        if (entry == null || sameName(entry.name(), printedName)) {
            return null; // unknown codes are reported once, by the code check
        }
        return new CodeRuleTally.Issue(Severity.WARNING, list.kind().shortLabel() + " " + entry.code()
                + " 所列名称“" + printedName.strip() + "”与 " + list.year() + " 年" + list.kind().title() + "中的名称“"
                + entry.name() + "”不一致");
    }

    /** Names compare without whitespace and with half-width brackets read as full-width: 维修(护)费 = 维修（护）费. */
    static boolean sameName(String official, String printed) {
        return normalize(official).equals(normalize(printed));
    }

    private static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            sb.append(switch (c) {
                case '(' -> '（';
                case ')' -> '）';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static boolean isDigits(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
