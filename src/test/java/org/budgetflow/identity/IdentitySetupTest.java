package org.budgetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.budgetflow.identity.access.IdentitySetup;
import org.budgetflow.identity.demo.DemoIdentity;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Start-up creates groups, authorizations, filters, demo departments and demo users once, however often it runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentitySetupTest {

    @Autowired
    private IdentitySetup setup;
    @Autowired
    private DemoIdentity demo;
    @Autowired
    private DepartmentDirectory directory;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private AuthorizationService authorizationService;
    @Autowired
    private FilterService filterService;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void setting_up_again_on_the_same_database_adds_no_user_group_membership_authorization_filter_or_department() {
        Map<String, Long> before = counts();

        setup.apply();
        demo.apply();
        setup.apply();

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("departments")).isGreaterThanOrEqualTo(54);
        assertThat(before.get("users")).isGreaterThanOrEqualTo(58);
    }

    @Test
    void the_demo_profile_creates_one_user_per_group_whose_password_is_the_user_id() {
        Map<String, String> userGroups = Map.of("admin", Groups.ADMIN, "finance", Groups.FINANCE,
                "performance", Groups.PERFORMANCE, "congress", Groups.CONGRESS, "dept310", "dept310",
                "dept601", "dept601", "dept101", "dept101");

        userGroups.forEach((user, group) -> {
            assertThat(identityService.checkPassword(user, user)).as(user).isTrue();
            assertThat(identityService.createGroupQuery().groupMember(user).list())
                    .as(user).extracting(g -> g.getId()).containsExactly(group);
        });
    }

    @Test
    void registers_every_demo_department_under_its_name_and_not_the_special_account() {
        assertThat(directory.name("310")).contains("洛阳市西工区社区治理和服务创新办公室");
        assertThat(directory.name("601")).contains("洛阳市西工区农业农村局");
        assertThat(directory.name("806")).isEmpty();
        assertThat(directory.all()).extracting(Department::code).contains("101", "310", "517", "601")
                .doesNotContain("806").isSorted();
        assertThat(identityService.createGroupQuery().groupId("dept310").singleResult().getName())
                .isEqualTo("洛阳市西工区社区治理和服务创新办公室");
        assertThat(identityService.createGroupQuery().groupId("dept806").count()).isZero();
    }

    @Test
    void registering_a_known_department_again_renames_it_and_keeps_one_row_and_one_group() {
        try {
            directory.register("990", "测试部门");
            long authorizations = authorizationService.createAuthorizationQuery().groupIdIn("dept990").count();

            Department renamed = directory.register("990", " 测试部门（更名） ");

            assertThat(renamed).isEqualTo(new Department("990", "测试部门（更名）"));
            assertThat(directory.name("990")).contains("测试部门（更名）");
            assertThat(jdbc.queryForObject("select count(*) from bf_department where code = '990'", Long.class))
                    .isEqualTo(1);
            assertThat(identityService.createGroupQuery().groupId("dept990").count()).isEqualTo(1);
            // the engine's own grant of the group to its members, then Tasklist, process definitions, the filter
            assertThat(authorizationService.createAuthorizationQuery().groupIdIn("dept990").list())
                    .extracting(a -> a.getResourceType())
                    .hasSize((int) authorizations)
                    .containsExactlyInAnyOrder(Resources.GROUP.resourceType(), Resources.APPLICATION.resourceType(),
                            Resources.PROCESS_DEFINITION.resourceType(), Resources.FILTER.resourceType());
        } finally {
            jdbc.update("delete from bf_department where code = '990'");
            authorizationService.createAuthorizationQuery().groupIdIn("dept990").list()
                    .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
            identityService.deleteGroup("dept990");
        }
    }

    @Test
    void refuses_a_department_code_that_is_not_digits_and_a_blank_name() {
        assertThatThrownBy(() -> directory.register("31a", "某部门")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.register("311", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(directory.name("31a")).isEmpty();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("users", identityService.createUserQuery().count());
        counts.put("groups", identityService.createGroupQuery().count());
        counts.put("memberships", jdbc.queryForObject("select count(*) from act_id_membership", Long.class));
        counts.put("authorizations", authorizationService.createAuthorizationQuery().count());
        counts.put("grants", authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).count());
        counts.put("filters", filterService.createFilterQuery().count());
        counts.put("departments", jdbc.queryForObject("select count(*) from bf_department", Long.class));
        return counts;
    }
}
