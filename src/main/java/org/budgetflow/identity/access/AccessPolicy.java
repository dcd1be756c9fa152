package org.budgetflow.identity.access;

import static org.budgetflow.identity.access.Grants.ANY;

import java.util.List;

import org.budgetflow.identity.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the engine and the webapps (docs/identity.md has the table). Applied idempotently at start-up
 * for the roles and for every registered department, and when a department is registered.
 * <ul>
 * <li>{@code camunda-admin}: everything (ALL on every resource), the three webapps.</li>
 * <li>{@code finance}, {@code performance}, {@code congress} (oversight): Tasklist and Cockpit; every process
 * definition with its instances, history and tasks (read only); their own Tasklist filter. Finance also opens
 * cycles (starts process instances) and reads the decision tables.</li>
 * <li>{@code dept<code>}: Tasklist only; process definitions (read only, so Tasklist can show names, diagrams and
 * forms, but start nothing); the filter 我的部门待办. Tasks are visible through the engine's automatic task
 * authorizations for candidate groups, so a department sees only its own tasks; no grant on process instances or
 * history, so it never reads another department's instances or variables.</li>
 * </ul>
 */
@Component
public class AccessPolicy {
    public static final String TASKLIST = "tasklist";
    public static final String COCKPIT = "cockpit";
    public static final String ADMIN_APP = "admin";

    private static final List<String> OVERSIGHT = List.of(Groups.FINANCE, Groups.PERFORMANCE, Groups.CONGRESS);

    private final EngineGroups groups;
    private final Grants grants;
    private final TasklistFilters filters;

    public AccessPolicy(EngineGroups groups, Grants grants, TasklistFilters filters) {
        this.groups = groups;
        this.grants = grants;
        this.filters = filters;
    }

    /** Groups, authorizations and Tasklist filters of the administrator and the oversight roles. */
    public void applyToRoles() {
        groups.ensure(Groups.ADMIN, "系统管理员", EngineGroups.SYSTEM);
        groups.ensure(Groups.FINANCE, "区财政局", EngineGroups.WORKFLOW);
        groups.ensure(Groups.PERFORMANCE, "预算绩效管理", EngineGroups.WORKFLOW);
        groups.ensure(Groups.CONGRESS, "区人大常委会预算审查", EngineGroups.WORKFLOW);

        for (Resources resource : Resources.values()) {
            grants.grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
        }
        for (String group : OVERSIGHT) {
            grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
            grants.grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK);
        }
        grants.grant(Groups.FINANCE, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(Groups.FINANCE, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grants.grant(Groups.FINANCE, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grants.grant(Groups.FINANCE, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

        grants.grant(Groups.FINANCE, Resources.FILTER, filters.ensure(RoleFilter.FINANCE), Permissions.READ);
        grants.grant(Groups.PERFORMANCE, Resources.FILTER, filters.ensure(RoleFilter.PERFORMANCE), Permissions.READ);
        grants.grant(Groups.CONGRESS, Resources.FILTER, filters.ensure(RoleFilter.CONGRESS), Permissions.READ);
    }

    /** The group {@code dept<code>} with its authorizations and the department filter. */
    public void applyToDepartment(String departmentCode, String departmentName) {
        String group = Groups.department(departmentCode);
        groups.ensure(group, departmentName, EngineGroups.WORKFLOW);
        grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        grants.grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grants.grant(group, Resources.FILTER, filters.ensure(RoleFilter.DEPARTMENT), Permissions.READ);
    }
}
