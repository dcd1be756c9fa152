package org.budgetflow.district;

import org.budgetflow.budget.ProjectType;

/** Reads the printed 项目类型, which page breaks sometimes cut short ("特定", "其他运转"). */
final class ProjectTypes {
    private ProjectTypes() {
    }

    /** True when the type is printed in full. */
    static boolean complete(String printed) {
        for (ProjectType type : ProjectType.values()) {
            if (type.label().equals(printed)) {
                return true;
            }
        }
        return false;
    }

    /** The type whose label starts like the printed text; 特定目标类 when nothing is printed or recognisable. */
    static ProjectType parse(String printed) {
        String text = printed == null ? "" : printed.strip();
        for (ProjectType type : ProjectType.values()) {
            if (!text.isEmpty() && type.label().startsWith(text.substring(0, 1))) {
                return type;
            }
        }
        return ProjectType.SPECIFIC_PURPOSE;
    }
}
