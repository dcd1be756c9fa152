package org.budgetflow.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetflow.testing.WorkflowEngines;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The newcomer's demo: both cycles opened with every department's draft uploaded, and again changes nothing. */
/* Its own in-memory database: other test contexts in this JVM share the default one and open cycles of their own. */
@SpringBootTest(properties = {"budgetflow.demo.cycles=true",
        "spring.datasource.url=jdbc:h2:mem:demo-cycles;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
class DemoCyclesTest {
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private TaskService tasks;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DemoCycles demo;

    @BeforeEach
    void activate() {
        WorkflowEngines.activate(engine);
    }

    @Test
    void opens_the_2023_and_2024_cycles_with_a_draft_task_and_an_uploaded_version_per_department() {
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("2023-310").taskDefinitionKey("draftBudget")
                .count()).isEqualTo(1);
        Integer departments2024 = jdbc.queryForObject(
                "select count(*) from bf_cycle_department where budget_year = 2024", Integer.class);
        assertThat(departments2024).isEqualTo(54);
        assertThat(tasks.createTaskQuery().taskDefinitionKey("draftBudget").taskCandidateGroup("dept101").count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from bf_budget_version", Integer.class)).isEqualTo(55);
    }

    @Test
    void running_again_opens_nothing_new() {
        demo.run(null);

        assertThat(jdbc.queryForObject("select count(*) from bf_cycle", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from bf_budget_version", Integer.class)).isEqualTo(55);
    }
}
