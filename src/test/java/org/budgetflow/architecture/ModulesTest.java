package org.budgetflow.architecture;

import org.budgetflow.BudgetFlowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Top-level packages are application modules; no cycles, and modules use each other only through their API. */
class ModulesTest {

    @Test
    void the_application_modules_respect_their_boundaries() {
        ApplicationModules.of(BudgetFlowApplication.class).verify();
    }
}
