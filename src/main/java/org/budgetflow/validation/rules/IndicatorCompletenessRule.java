package org.budgetflow.validation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.indicator.IndicatorLintRule;
import org.budgetflow.validation.indicator.IndicatorSheet;
import org.budgetflow.validation.indicator.IndicatorSheet.OverallRow;
import org.budgetflow.validation.indicator.IndicatorSheet.ProjectIndicator;
import org.budgetflow.validation.indicator.IndicatorSheet.ProjectSheet;
import org.budgetflow.validation.indicator.IndicatorSheets;
import org.budgetflow.validation.indicator.LintReferenceData;
import org.budgetflow.validation.indicator.LintReferenceData.SubjectGroup;
import org.budgetflow.validation.indicator.LintedIndicator;

/**
 * L9: completeness and copy-paste of performance targets.
 * <ul>
 * <li>a project without indicators, or without one of 成本/产出/效益/满意度; an indicator without name or value;
 * table 12 without 产出, 效益 or 满意度 rows;</li>
 * <li>an indicator that names another kind of project than its own ("棚户区改造被拆迁居民满意度" on a 老旧小区改造
 * project; kinds in {@link LintReferenceData#subjectGroups()});</li>
 * <li>the same specific indicator text on projects of different kinds.</li>
 * </ul>
 */
public final class IndicatorCompletenessRule extends IndicatorLintRule {
    public static final String ID = "L9";
    /** Indicator names at least this long (Han characters) are specific enough to tell a copy. */
    private static final int SPECIFIC_NAME_LENGTH = 10;

    private final List<SubjectGroup> groups;

    public IndicatorCompletenessRule(LintReferenceData data) {
        this(new IndicatorSheets(), data);
    }

    public IndicatorCompletenessRule(IndicatorSheets sheets, LintReferenceData data) {
        super(sheets);
        this.groups = data.subjectGroups();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "绩效指标不完整或疑似从其他项目复制";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        IndicatorSheet sheet = sheet(context);
        Map<String, ProjectIndicator> firstByText = new HashMap<>();
        Set<String> reported = new HashSet<>();
        Map<Integer, Set<SubjectGroup>> groupsByProject = new HashMap<>();
        for (ProjectSheet project : sheet.projects()) {
            checkCategories(project, findings);
            Set<SubjectGroup> own = groupsOf(project.project().name());
            groupsByProject.put(project.index(), own);
            for (ProjectIndicator ind : project.indicators()) {
                if (blank(ind, findings)) {
                    continue;
                }
                boolean foreign = !own.isEmpty() && foreignSubject(project, own, ind, findings);
                if (!foreign) {
                    copiedAcrossSubjects(ind, own, firstByText, reported, groupsByProject, findings);
                }
            }
        }
        checkOverall(sheet.overall(), findings);
    }

    private static void checkCategories(ProjectSheet project, Findings findings) {
        String where = project.location() + ".indicators";
        if (project.indicators().isEmpty()) {
            findings.warning(ID, where, project.label() + "未设绩效指标");
            return;
        }
        Set<IndicatorCategory> missing = EnumSet.allOf(IndicatorCategory.class);
        for (ProjectIndicator ind : project.indicators()) {
            missing.remove(ind.indicator().category());
        }
        if (!missing.isEmpty()) {
            StringJoiner names = new StringJoiner("、");
            missing.forEach(c -> names.add(c.label() + "指标"));
            findings.warning(ID, where, project.label() + "缺少" + names);
        }
    }

    private static boolean blank(LintedIndicator ind, Findings findings) {
        boolean noName = ind.name().isBlank();
        boolean noValue = ind.value().isEmpty();
        if (noName || noValue) {
            String what = noName && noValue ? "未填写指标名称和指标值" : noName ? "未填写指标名称" : "未填写指标值";
            findings.warning(ID, ind.location(), ind.describeWithValue() + " " + what);
            return true;
        }
        return false;
    }

    /** Reports an indicator that names a kind of project its own project neither is nor covers. */
    private boolean foreignSubject(ProjectSheet project, Set<SubjectGroup> own, ProjectIndicator ind,
                                   Findings findings) {
        String text = plain(ind.name()) + " " + plain(ind.value().text());
        for (SubjectGroup g : own) {
            if (g.termIn(text) != null) {
                return false;
            }
        }
        for (SubjectGroup g : groups) {
            String term = g.termIn(text);
            if (term != null && !own.contains(g) && !covered(own, g)) {
                findings.warning(ID, ind.location(), ind.describeWithValue() + " 涉及“" + term + "”，与项目（"
                        + labels(own) + "）不符，疑似从其他项目复制");
                return true;
            }
        }
        return false;
    }

    /**
     * Reports, once per text, a specific indicator text used on projects of different kinds: at its first use on a
     * project of another kind than the first project of a known kind that used it.
     */
    private static void copiedAcrossSubjects(ProjectIndicator ind, Set<SubjectGroup> own,
                                             Map<String, ProjectIndicator> firstByText, Set<String> reported,
                                             Map<Integer, Set<SubjectGroup>> groupsByProject, Findings findings) {
        String text = plain(ind.name());
        if (own.isEmpty() || hanCount(text) < SPECIFIC_NAME_LENGTH || reported.contains(text)) {
            return;
        }
        ProjectIndicator first = firstByText.putIfAbsent(text, ind);
        if (first == null || first.projectIndex() == ind.projectIndex()) {
            return;
        }
        Set<SubjectGroup> other = groupsByProject.get(first.projectIndex());
        if (intersects(own, other)) {
            return;
        }
        reported.add(text);
        findings.warning(ID, ind.location(), ind.describeWithValue() + " 与" + first.describe()
                + "相同，而两项目类型不同（" + labels(own) + " / " + labels(other) + "），疑似复制");
    }

    private void checkOverall(List<OverallRow> rows, Findings findings) {
        if (rows.isEmpty()) {
            return;
        }
        Set<LintedIndicator.Level> levels = EnumSet.noneOf(LintedIndicator.Level.class);
        for (OverallRow row : rows) {
            levels.add(row.level());
            blank(row, findings);
        }
        List<String> missing = new ArrayList<>();
        if (!levels.contains(LintedIndicator.Level.OUTPUT)) {
            missing.add("产出指标");
        }
        if (!levels.contains(LintedIndicator.Level.BENEFIT)) {
            missing.add("效益指标");
        }
        if (!levels.contains(LintedIndicator.Level.SATISFACTION)) {
            missing.add("满意度指标");
        }
        if (!missing.isEmpty()) {
            findings.warning(ID, "departmentPerformance.indicators", "整体绩效目标（表12）缺少" + String.join("、", missing));
        }
    }

    private Set<SubjectGroup> groupsOf(String projectName) {
        String name = plain(projectName);
        Set<SubjectGroup> own = new LinkedHashSet<>();
        for (SubjectGroup g : groups) {
            if (g.termIn(name) != null) {
                own.add(g);
            }
        }
        return own;
    }

    private static boolean covered(Set<SubjectGroup> own, SubjectGroup g) {
        for (SubjectGroup o : own) {
            if (o.covers().contains(g.label())) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<SubjectGroup> a, Set<SubjectGroup> b) {
        Set<SubjectGroup> c = new HashSet<>(a);
        c.retainAll(b);
        if (!c.isEmpty()) {
            return true;
        }
        for (SubjectGroup g : b) {
            if (covered(a, g)) {
                return true;
            }
        }
        for (SubjectGroup g : a) {
            if (covered(b, g)) {
                return true;
            }
        }
        return false;
    }

    private static String labels(Set<SubjectGroup> groups) {
        StringJoiner j = new StringJoiner("、");
        groups.forEach(g -> j.add(g.label()));
        return j.toString();
    }

    private static int hanCount(String s) {
        return (int) s.codePoints().filter(Character::isIdeographic).count();
    }
}
