package org.budgetflow.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetflow.budget.Project;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * C3 (guide §2.4, §3.6): a project code (项目编码) is 21 digits = 6-digit 行政区划 + 2-digit year + 13-digit sequence.
 * A code that is not 21 digits is an ERROR (a 20-digit code has lost a digit). WARNINGs: a year part later than the
 * budget year or more than ten years before it; a region part that is not a county-level district code; a region that
 * differs from the one most projects of the budget carry. A project without a code (identified by its name) is fine.
 */
public final class ProjectCodeRule implements BudgetRule {
    public static final String ID = "C3";
    static final int LENGTH = 21;
    private static final int MAX_AGE_YEARS = 10;

    /** The province-level prefixes of GB/T 2260 (mainland). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "项目编码须为 21 位（6 位区划 + 2 位年份 + 13 位序号），区划与年份须合理";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        List<Project> projects = context.budget().projects();
        Map<String, Integer> regionCounts = new HashMap<>();
        String commonRegion = null;
        for (Project project : projects) {
            if (wellFormed(project.code())) {
                String region = project.code().substring(0, 6);
                int count = regionCounts.merge(region, 1, Integer::sum);
                if (commonRegion == null || count > regionCounts.get(commonRegion)) {
                    commonRegion = region;
                }
            }
        }
        for (int i = 0; i < projects.size(); i++) {
            check(projects.get(i), i, context.year(), commonRegion, regionCounts, findings);
        }
    }

    private static void check(Project project, int index, int budgetYear, String commonRegion,
                              Map<String, Integer> regionCounts, Findings findings) {
        String code = project.code();
        if (code == null || code.isEmpty()) {
            return;
        }
        String location = BudgetContext.project(index) + ".code";
        String subject = "项目“" + project.name() + "”的项目编码 " + code;
        if (!wellFormed(code)) {
            findings.error(ID, location, subject + " 不是 21 位数字（" + describe(code) + "）");
            return;
        }
        String region = code.substring(0, 6);
        int year = 2000 + Integer.parseInt(code.substring(6, 8));
        if (year > budgetYear) {
            findings.warning(ID, location, subject + " 的年份段 " + code.substring(6, 8) + "（" + year + " 年）晚于预算年度 "
                    + budgetYear + " 年");
        } else if (budgetYear - year > MAX_AGE_YEARS) {
            findings.warning(ID, location, subject + " 的年份段 " + code.substring(6, 8) + "（" + year + " 年）早于预算年度 "
                    + budgetYear + " 年超过 " + MAX_AGE_YEARS + " 年");
        }
        if (!countyLevel(region)) {
            findings.warning(ID, location, subject + " 的区划段 " + region + " 不是县级行政区划代码");
        } else if (commonRegion != null && !region.equals(commonRegion)) {
            findings.warning(ID, location, subject + " 的区划段 " + region + " 与本预算其他项目的区划 " + commonRegion
                    + "（" + regionCounts.get(commonRegion) + " 个项目）不同");
        }
    }

    private static boolean wellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String describe(String code) {
        long digits = code.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits == code.length() ? "实为 " + code.length() + " 位" : "含非数字字符，共 " + code.length() + " 个字符";
    }

    /** A county-level code: a known province, and neither the prefecture nor the county part is 00. */
    private static boolean countyLevel(String region) {
        return PROVINCES.contains(region.substring(0, 2)) && !region.startsWith("00", 2) && !region.startsWith("00", 4);
    }
}
