package org.budgetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What each role may and may not do, as the engine decides it for the demo users: webapps, process definitions,
 * decision tables, process instances, tasks, Tasklist filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {
    /** Any process definition key: the grants are for every definition. */
    private static final String A_PROCESS = "budgetCycle";

    @Autowired
    private AuthorizationService authorizationService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private FilterService filterService;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @ParameterizedTest(name = "{0}: Tasklist {1}, Cockpit {2}, Admin {3}")
    @CsvSource({
            "admin,       true, true,  true",
            "finance,     true, true,  false",
            "performance, true, true,  false",
            "congress,    true, true,  false",
            "dept310,     true, false, false",
            "dept601,     true, false, false"})
    void each_role_opens_only_its_webapps(String user, boolean tasklist, boolean cockpit, boolean admin) {
        assertThat(may(user, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as("tasklist").isEqualTo(tasklist);
        assertThat(may(user, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).as("cockpit").isEqualTo(cockpit);
        assertThat(may(user, Permissions.ACCESS, Resources.APPLICATION, "admin")).as("admin").isEqualTo(admin);
    }

    @ParameterizedTest(name = "{0}: read {1}, instances {2}, history {3}, tasks {4}, start {5}, work tasks {6}")
    @CsvSource({
            "admin,       true, true,  true,  true,  true,  true",
            "finance,     true, true,  true,  true,  true,  false",
            "performance, true, true,  true,  true,  false, false",
            "congress,    true, true,  true,  true,  false, false",
            "dept310,     true, false, false, false, false, false"})
    void each_role_has_its_rights_on_every_process_definition(String user, boolean read, boolean instances,
            boolean history, boolean tasks, boolean start, boolean workTasks) {
        assertThat(onProcess(user, ProcessDefinitionPermissions.READ)).as("READ").isEqualTo(read);
        assertThat(onProcess(user, ProcessDefinitionPermissions.READ_INSTANCE)).as("READ_INSTANCE").isEqualTo(instances);
        assertThat(onProcess(user, ProcessDefinitionPermissions.READ_HISTORY)).as("READ_HISTORY").isEqualTo(history);
        assertThat(onProcess(user, ProcessDefinitionPermissions.READ_TASK)).as("READ_TASK").isEqualTo(tasks);
        assertThat(onProcess(user, ProcessDefinitionPermissions.CREATE_INSTANCE)).as("CREATE_INSTANCE").isEqualTo(start);
        assertThat(onProcess(user, ProcessDefinitionPermissions.TASK_WORK)).as("TASK_WORK").isEqualTo(workTasks);
        assertThat(onProcess(user, ProcessDefinitionPermissions.UPDATE_INSTANCE)).as("UPDATE_INSTANCE")
                .isEqualTo(user.equals("admin"));
    }

    @ParameterizedTest(name = "{0}: start instances {1}, read any instance {2}, any task {3}, decisions {4}")
    @CsvSource({
            "admin,       true,  true,  true,  true",
            "finance,     true,  false, false, true",
            "performance, false, false, false, false",
            "congress,    false, false, false, false",
            "dept310,     false, false, false, false"})
    void only_the_finance_bureau_opens_cycles_and_reads_the_decision_tables(String user, boolean createInstances,
            boolean readAnyInstance, boolean readAnyTask, boolean decisions) {
        assertThat(may(user, Permissions.CREATE, Resources.PROCESS_INSTANCE, "*")).as("create").isEqualTo(createInstances);
        assertThat(may(user, Permissions.READ, Resources.PROCESS_INSTANCE, "*")).as("instances").isEqualTo(readAnyInstance);
        assertThat(may(user, Permissions.READ, Resources.TASK, "*")).as("tasks").isEqualTo(readAnyTask);
        assertThat(may(user, Permissions.READ, Resources.DECISION_DEFINITION, "reviewRouting")).as("decisions")
                .isEqualTo(decisions);
    }

    @ParameterizedTest(name = "{0} sees the filter {1}")
    @CsvSource({
            "finance,     财政局审核",
            "performance, 绩效目标审核",
            "congress,    人大审查",
            "dept310,     我的部门待办",
            "dept101,     我的部门待办"})
    void each_role_sees_only_its_own_tasklist_filter(String user, String filter) {
        identityService.setAuthentication(user, groupsOf(user));

        List<String> visible = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();

        assertThat(visible).containsExactly(filter);
    }

    @ParameterizedTest(name = "admin sees the filter {0}")
    @CsvSource({"财政局审核", "绩效目标审核", "人大审查", "我的部门待办"})
    void the_administrator_sees_every_role_filter(String filter) {
        identityService.setAuthentication("admin", groupsOf("admin"));

        assertThat(filterService.createFilterQuery().filterName(filter).count()).isEqualTo(1);
    }

    private boolean onProcess(String user, Permission permission) {
        return may(user, permission, Resources.PROCESS_DEFINITION, A_PROCESS);
    }

    private boolean may(String user, Permission permission, Resource resource, String resourceId) {
        return authorizationService.isUserAuthorized(user, groupsOf(user), permission, resource, resourceId);
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}
