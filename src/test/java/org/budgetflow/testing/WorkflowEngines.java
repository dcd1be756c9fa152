package org.budgetflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Several Spring test contexts live in one test JVM (H2 demo, PostgreSQL, …), each with an engine named
 * {@code default}, while the engine REST API and the webapps find their engine by name in the static
 * {@link ProcessEngines} registry, where the context started last wins. A test that calls {@code /engine-rest} or the
 * webapps of its own context makes that context's engine the registered one first.
 */
public final class WorkflowEngines {
    private WorkflowEngines() {
    }

    public static void activate(ProcessEngine engine) {
        if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }
}
