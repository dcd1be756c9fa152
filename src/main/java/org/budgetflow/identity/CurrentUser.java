package org.budgetflow.identity;

import java.util.Set;
import java.util.stream.Collectors;

/** The authenticated user of a request: Camunda user id and group ids. */
public record CurrentUser(String userId, Set<String> groups) {

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    /** The departments whose staff this user is. */
    public Set<String> departments() {
        return groups.stream().map(Groups::departmentCode).flatMap(java.util.Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isDepartmentMember(String departmentCode) {
        return groups.contains(Groups.department(departmentCode));
    }

    public boolean isFinance() {
        return groups.contains(Groups.FINANCE) || isAdmin();
    }

    public boolean isAdmin() {
        return groups.contains(Groups.ADMIN);
    }

    /** Finance bureau, performance centre, congress or administrator: may follow every department. */
    public boolean isOversight() {
        return isAdmin() || groups.contains(Groups.FINANCE) || groups.contains(Groups.PERFORMANCE)
                || groups.contains(Groups.CONGRESS);
    }

    /** May read this department's drafts and findings: its own staff or oversight. */
    public boolean mayRead(String departmentCode) {
        return isOversight() || isDepartmentMember(departmentCode);
    }
}
