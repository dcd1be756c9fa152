package org.budgetflow.identity.demo;

import java.util.List;

import org.budgetflow.identity.Department;
import org.budgetflow.identity.DepartmentDirectory;
import org.budgetflow.identity.Groups;
import org.budgetflow.identity.access.EngineGroups;
import org.budgetflow.identity.access.IdentitySetup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: registers the demo departments ({@code demo/departments.csv}) and creates one user per group,
 * whose password is the user id: {@code admin}, {@code finance}, {@code performance}, {@code congress} and
 * {@code dept<code>} per department. Idempotent: existing users are left as they are (passwords included).
 */
@Component
@Profile("demo")
@Order(IdentitySetup.ORDER + 10)
public class DemoIdentity implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

    private final DepartmentDirectory departments;
    private final IdentityService identityService;
    private final EngineGroups groups;

    public DemoIdentity(DepartmentDirectory departments, IdentityService identityService, EngineGroups groups) {
        this.departments = departments;
        this.identityService = identityService;
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) {
        apply();
    }

    public void apply() {
        user("admin", "系统", "管理员", Groups.ADMIN);
        user("finance", "财政局", "审核员", Groups.FINANCE);
        user("performance", "绩效", "审核员", Groups.PERFORMANCE);
        user("congress", "人大", "审查员", Groups.CONGRESS);
        List<Department> demoDepartments = DemoDepartments.load();
        for (Department department : demoDepartments) {
            departments.register(department.code(), department.name());
            String group = Groups.department(department.code());
            user(group, department.name(), "预算编制员", group);
        }
        log.warn("Demo profile: {} demo users whose password is their user id; never use this profile in production",
                demoDepartments.size() + 4);
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(id);
            identityService.saveUser(user);
        }
        groups.ensureMember(id, groupId);
    }
}
