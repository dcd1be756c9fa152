package org.budgetflow.disclosure.render.xlsx;

import java.util.regex.Pattern;

import org.apache.poi.ss.util.WorkbookUtil;
import org.budgetflow.disclosure.model.DisclosureTable;

/** Sheet names "01 部门收支预算表" … "13 区级部门预算项目绩效目标表": the id and the title without its year. */
final class SheetNames {
    /** Excel's limit on sheet names. */
    static final int MAX_LENGTH = 31;
    private static final Pattern YEAR = Pattern.compile("^\\d{4}\\s*年度?");

    private SheetNames() {
    }

    static String of(DisclosureTable table) {
        String title = YEAR.matcher(table.title() == null ? "" : table.title().strip()).replaceFirst("").strip();
        return WorkbookUtil.createSafeSheetName(table.id() + " " + title);
    }
}
