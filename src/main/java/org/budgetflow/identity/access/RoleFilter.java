package org.budgetflow.identity.access;

import org.budgetflow.identity.Groups;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters of BudgetFlow, one per role. Each is a task query by candidate group (assigned tasks
 * included, so a claimed task stays in its list) and is shared with the role's group(s) by a FILTER authorization.
 */
public enum RoleFilter {
    /** Shared with every department group; lists the tasks of the user's own department groups. */
    DEPARTMENT("我的部门待办", "本部门的部门预算编制与修改任务", 10, "#2a7ab0", null),
    FINANCE("财政局审核", "待财政局审核的部门预算", 20, "#b03a2e", Groups.FINANCE),
    PERFORMANCE("绩效目标审核", "待审核绩效目标的部门预算", 30, "#7d6608", Groups.PERFORMANCE),
    CONGRESS("人大审查", "待人大审查批准的年度预算", 40, "#1e8449", Groups.CONGRESS);

    private final String filterName;
    private final String description;
    private final int priority;
    private final String color;
    private final String candidateGroup;

    RoleFilter(String filterName, String description, int priority, String color, String candidateGroup) {
        this.filterName = filterName;
        this.description = description;
        this.priority = priority;
        this.color = color;
        this.candidateGroup = candidateGroup;
    }

    public String filterName() {
        return filterName;
    }

    public String description() {
        return description;
    }

    public int priority() {
        return priority;
    }

    public String color() {
        return color;
    }

    /** Narrows a fresh task query to this role's tasks. */
    TaskQuery narrow(TaskQuery query) {
        TaskQuery byGroup = candidateGroup == null
                ? query.taskCandidateGroupInExpression("${currentUserGroups()}")
                : query.taskCandidateGroup(candidateGroup);
        return byGroup.includeAssignedTasks();
    }
}
