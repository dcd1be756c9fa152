package org.budgetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.budgetflow.identity.access.RoleFilter;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A department works on its own tasks only: with a tiny process whose user task goes to the candidate group
 * {@code dept<code>}, started for departments 310 and 101, each department user's queries (as the engine runs them
 * under that user's authentication) return its own task and nothing of the other department.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DepartmentTaskVisibilityTest {
    private static final String PROCESS = "identityTestDrafting";
    private static final String FORM = """
            {"id": "identityTestDraftForm", "type": "default", "schemaVersion": 16,
             "components": [{"type": "text", "text": "部门预算编制"}]}""";

    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private HistoryService historyService;
    @Autowired
    private FormService formService;
    @Autowired
    private FilterService filterService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private CurrentUsers currentUsers;

    private String deploymentId;
    private String instance310;
    private String instance101;

    @BeforeEach
    void startDraftingFor310And101() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("draftBudget").name("部门编制")
                .camundaCandidateGroups("dept${dept}")
                .camundaFormRef("identityTestDraftForm").camundaFormRefBinding("deployment")
                .endEvent()
                .done();
        deploymentId = repositoryService.createDeployment().name("identity test")
                .addModelInstance("identity-test.bpmn", model)
                .addString("identity-test.form", FORM)
                .deploy().getId();
        instance310 = runtimeService.startProcessInstanceByKey(PROCESS, "2099-310", Map.of("dept", "310")).getId();
        instance101 = runtimeService.startProcessInstanceByKey(PROCESS, "2099-101", Map.of("dept", "101")).getId();
    }

    @AfterEach
    void removeTheTestProcess() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void a_department_user_sees_only_its_own_departments_task() {
        List<Task> of310 = as("dept310", () -> taskService.createTaskQuery().list());
        List<Task> of101 = as("dept101", () -> taskService.createTaskQuery().list());

        assertThat(of310).extracting(Task::getProcessInstanceId).containsExactly(instance310);
        assertThat(of101).extracting(Task::getProcessInstanceId).containsExactly(instance101);
        assertThat(as("dept310", () -> taskService.createTaskQuery().processInstanceId(instance101).count())).isZero();
    }

    @Test
    void the_department_filter_lists_the_users_own_department_tasks() {
        String filterId = filterService.createFilterQuery().filterName(RoleFilter.DEPARTMENT.filterName())
                .singleResult().getId();

        List<Task> listed = as("dept310", () -> filterService.<Task>list(filterId));

        assertThat(listed).extracting(Task::getProcessInstanceId).containsExactly(instance310);
    }

    @Test
    void a_department_user_reads_no_process_instance_history_or_variable_of_another_department() {
        assertThat(as("dept310", () -> runtimeService.createProcessInstanceQuery().processInstanceId(instance101).count()))
                .isZero();
        assertThat(as("dept310", () -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance101).count())).isZero();
        assertThat(as("dept310", () -> historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance101).count())).isZero();
        assertThat(as("dept310", () -> runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instance101).count())).isZero();
        assertThatThrownBy(() -> as("dept310", () -> runtimeService.getVariable(instance101, "dept")))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void a_department_user_renders_and_completes_its_own_task_but_not_another_departments() {
        Task own = taskService.createTaskQuery().processInstanceId(instance310).singleResult();
        Task other = taskService.createTaskQuery().processInstanceId(instance101).singleResult();

        try (InputStream form = as("dept310", () -> formService.getDeployedTaskForm(own.getId()))) {
            assertThat(form).isNotNull();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(as("dept310", () -> taskService.getVariables(own.getId()))).containsEntry("dept", "310");
        assertThatThrownBy(() -> as("dept310", () -> taskService.getVariables(other.getId())))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> as("dept310", run(() -> taskService.complete(other.getId()))))
                .isInstanceOf(AuthorizationException.class);

        as("dept310", run(() -> taskService.claim(own.getId(), "dept310")));
        as("dept310", run(() -> taskService.complete(own.getId())));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance310).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance101).count()).isOne();
    }

    @Test
    void a_department_user_starts_no_process() {
        assertThatThrownBy(() -> as("dept310", () -> runtimeService.startProcessInstanceByKey(PROCESS)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(as("dept310", () -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .count())).as("but reads the definition, for Tasklist").isOne();
    }

    @Test
    void oversight_reads_every_department_instance_and_task_but_completes_none() {
        for (String user : List.of("finance", "performance", "congress")) {
            assertThat(as(user, () -> taskService.createTaskQuery().processDefinitionKey(PROCESS).count()))
                    .as(user).isEqualTo(2);
            assertThat(as(user, () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()))
                    .as(user).isEqualTo(2);
            assertThat(as(user, () -> historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(PROCESS).count())).as(user).isEqualTo(2);
        }
        String task = taskService.createTaskQuery().processInstanceId(instance310).singleResult().getId();
        assertThatThrownBy(() -> as("finance", run(() -> taskService.complete(task))))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void finance_may_start_a_process_performance_and_congress_may_not() {
        String started = as("finance", () -> runtimeService.startProcessInstanceByKey(PROCESS, Map.of("dept", "310"))
                .getId());

        assertThat(started).isNotBlank();
        assertThatThrownBy(() -> as("performance", () -> runtimeService.startProcessInstanceByKey(PROCESS)))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> as("congress", () -> runtimeService.startProcessInstanceByKey(PROCESS)))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void privileged_application_steps_run_without_the_users_engine_authentication_and_restore_it() {
        long seen = as("dept310", () -> currentUsers.privileged(
                () -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()));
        String restored = as("dept310", () -> {
            currentUsers.privileged(() -> null);
            return identityService.getCurrentAuthentication().getUserId();
        });

        assertThat(seen).isEqualTo(2);
        assertThat(restored).isEqualTo("dept310");
    }

    private <T> T as(String user, Supplier<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static Supplier<Void> run(Runnable action) {
        return () -> {
            action.run();
            return null;
        };
    }
}
