package org.budgetflow.workbook;

import java.util.EnumMap;
import java.util.Map;

import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.ClassificationYear;
import org.budgetflow.classification.CodeLevel;
import org.budgetflow.classification.CodeList;
import org.budgetflow.classification.CodeListKind;
import org.budgetflow.classification.NoClassificationDataException;

/**
 * Rejects classification codes the catalog knows do not exist in the budget year: a code (or its 类 or 款) missing
 * from a list or level the finance bureau has marked complete, the case rule C1 reports as an ERROR. A code merely
 * missing from a partial list passes: the validator asks to check it. Without catalog data for the year nothing is
 * rejected here.
 */
final class CodeChecker {
    private final Map<CodeListKind, CodeList> lists = new EnumMap<>(CodeListKind.class);

    CodeChecker(ClassificationCatalog catalog, Integer year) {
        if (year == null) {
            return;
        }
        try {
            ClassificationYear codes = catalog.forYear(year);
            for (CodeListKind kind : CodeListKind.values()) {
                lists.put(kind, codes.list(kind));
            }
        } catch (NoClassificationDataException e) {
            // no data for the year: codes are checked by the validator only
        }
    }

    /** Null when the code may exist, else why it does not (Chinese). */
    String unknown(CodeListKind kind, String code) {
        CodeList list = lists.get(kind);
        if (list == null) {
            return null;
        }
        for (CodeLevel level : kind.levels()) {
            String part = code.substring(0, level.length());
            if (!list.contains(part) && list.isComplete(level)) {
                String subject = level == kind.lineLevel()
                        ? kind.shortLabel() + " " + code
                        : kind.shortLabel() + " " + code + " 的" + level.label() + " " + part;
                return subject + " 不在 " + list.title(level) + "中";
            }
        }
        return null;
    }
}
