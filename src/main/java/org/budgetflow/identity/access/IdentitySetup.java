package org.budgetflow.identity.access;

import org.budgetflow.identity.Department;
import org.budgetflow.identity.DepartmentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, in every profile: the role groups, their authorizations and Tasklist filters, and the groups and
 * authorizations of every registered department. Idempotent; creates no users (in production the first
 * administrator comes from the {@code camunda.bpm.admin-user} properties, the others from Camunda Admin).
 */
@Component
@Order(IdentitySetup.ORDER)
public class IdentitySetup implements ApplicationRunner {
    public static final int ORDER = 100;
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final AccessPolicy accessPolicy;
    private final DepartmentDirectory departments;

    public IdentitySetup(AccessPolicy accessPolicy, DepartmentDirectory departments) {
        this.accessPolicy = accessPolicy;
        this.departments = departments;
    }

    @Override
    public void run(ApplicationArguments args) {
        apply();
    }

    public void apply() {
        accessPolicy.applyToRoles();
        int count = 0;
        for (Department department : departments.all()) {
            accessPolicy.applyToDepartment(department.code(), department.name());
            count++;
        }
        log.info("Identity set up: role groups, authorizations, Tasklist filters and {} department groups", count);
    }
}
