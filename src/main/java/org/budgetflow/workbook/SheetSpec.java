package org.budgetflow.workbook;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data sheet of the template. A table sheet has a header row and one record per row; a form sheet lists fields
 * as rows (label in column A, value in column B), and a repeatable field may occupy several rows.
 *
 * @param name       the sheet's Chinese name
 * @param field      the budget-v1 part it holds, e.g. {@code lines}
 * @param form       true for a form sheet
 * @param columns    the columns (table) or fields (form), in order
 * @param repeatable for a form: the field that may occur on several rows (or null)
 * @param purpose    one sentence for the 说明 sheet
 */
record SheetSpec(String name, String field, boolean form, List<Column> columns, Column repeatable, String purpose) {
    /** Form sheets: the header of the label column and of the value column. */
    static final String FORM_LABEL = "字段";
    static final String FORM_VALUE = "内容";

    SheetSpec {
        columns = List.copyOf(columns);
    }

    static SheetSpec table(String name, String field, String purpose, Column... columns) {
        return new SheetSpec(name, field, false, List.of(columns), null, purpose);
    }

    static SheetSpec form(String name, String field, String purpose, Column repeatable, Column... fields) {
        return new SheetSpec(name, field, true, List.of(fields), repeatable, purpose);
    }

    /** Column positions by identity, for the reader. */
    Map<Column, Integer> positions() {
        Map<Column, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i);
        }
        return positions;
    }
}
