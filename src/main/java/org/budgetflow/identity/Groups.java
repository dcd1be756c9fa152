package org.budgetflow.identity;

import java.util.Optional;

/** The Camunda groups of BudgetFlow and the naming of department groups ({@code dept<code>}). */
public final class Groups {
    public static final String FINANCE = "finance";
    public static final String PERFORMANCE = "performance";
    public static final String CONGRESS = "congress";
    public static final String ADMIN = "camunda-admin";
    private static final String DEPARTMENT_PREFIX = "dept";

    private Groups() {
    }

    /** The group of a department's staff, e.g. {@code dept310}. */
    public static String department(String departmentCode) {
        return DEPARTMENT_PREFIX + departmentCode;
    }

    /** The department code of a department group, or empty for any other group. */
    public static Optional<String> departmentCode(String groupId) {
        if (groupId != null && groupId.startsWith(DEPARTMENT_PREFIX) && groupId.length() > DEPARTMENT_PREFIX.length()
                && groupId.substring(DEPARTMENT_PREFIX.length()).chars().allMatch(Character::isDigit)) {
            return Optional.of(groupId.substring(DEPARTMENT_PREFIX.length()));
        }
        return Optional.empty();
    }
}
