package org.budgetflow.workbook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.classification.ClassificationCode;
import org.budgetflow.classification.ClassificationYear;
import org.budgetflow.classification.CodeList;
import org.budgetflow.classification.CodeListKind;
import org.budgetflow.classification.NoClassificationDataException;

/**
 * The classification codes of one budget year as the workbook shows them: "code name" (e.g.
 * "2080505 机关事业单位基本养老保险缴费支出"). Without catalog data for the year, codes are shown bare and no
 * drop-down lists are offered.
 */
final class CodeDisplay {
    private final Map<CodeListKind, CodeList> lists = new EnumMap<>(CodeListKind.class);

    CodeDisplay(ClassificationCatalog catalog, int year) {
        ClassificationYear codes;
        try {
            codes = catalog.forYear(year);
        } catch (NoClassificationDataException e) {
            return;
        }
        for (CodeListKind kind : CodeListKind.values()) {
            lists.put(kind, codes.list(kind));
        }
    }

    /** "code name" when the year's list has the code, else the bare code. */
    String show(CodeListKind kind, String code) {
        CodeList list = lists.get(kind);
        ClassificationCode entry = list == null ? null : list.get(code);
        return entry == null ? code : entry.code() + " " + entry.name();
    }

    /** The drop-down entries of a list: its codes at the level lines use, as "code name"; empty without data. */
    List<String> choices(CodeListKind kind) {
        CodeList list = lists.get(kind);
        if (list == null) {
            return List.of();
        }
        return list.codes(kind.lineLevel()).stream().map(c -> c.code() + " " + c.name()).toList();
    }

    /** The defined name of a code list's drop-down. */
    static String listName(CodeListKind kind) {
        return "bf_codes_" + kind.id().replace('-', '_');
    }
}
