package org.budgetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetflow.identity.access.IdentitySetup;
import org.budgetflow.testing.EmbeddedPostgresInitializer;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Production set-up (postgres profile, no demo profile) on a real PostgreSQL: the role groups, authorizations and
 * filters exist, the only user is the administrator given by the {@code camunda.bpm.admin-user} properties, and
 * departments are registered on demand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.admin-user.id=chief",
        "camunda.bpm.admin-user.password=s3cret-from-the-environment"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class IdentityWithoutDemoProfileTest {

    @Autowired
    private IdentityService identityService;
    @Autowired
    private FilterService filterService;
    @Autowired
    private DepartmentDirectory directory;
    @Autowired
    private IdentitySetup setup;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void creates_no_user_but_the_administrator_from_the_properties() {
        assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("chief");
        assertThat(identityService.checkPassword("chief", "s3cret-from-the-environment")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("chief").singleResult().getId())
                .isEqualTo(Groups.ADMIN);
    }

    @Test
    void sets_up_the_role_groups_and_filters_and_registers_departments_on_demand() {
        assertThat(identityService.createGroupQuery().groupIdIn(Groups.FINANCE, Groups.PERFORMANCE, Groups.CONGRESS,
                Groups.ADMIN).count()).isEqualTo(4);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(3);

        directory.register("310", "洛阳市西工区社区治理和服务创新办公室");
        directory.register("310", "洛阳市西工区社区治理和服务创新办公室");
        setup.apply();

        assertThat(directory.all()).containsExactly(new Department("310", "洛阳市西工区社区治理和服务创新办公室"));
        assertThat(jdbc.queryForObject("select count(*) from bf_department", Integer.class)).isOne();
        assertThat(identityService.createGroupQuery().groupId("dept310").count()).isOne();
        assertThat(filterService.createFilterQuery().count()).isEqualTo(4);
    }
}
