package org.budgetflow.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as the dashboard tests run it (one Spring context shared by those tests): the demo profile with
 * the demo cycles (2023: department 310; 2024: the 54 departments of the demo district), its own in-memory database
 * (other test contexts in the JVM share the default one and open cycles of their own), and no job executor, so a
 * test runs 批复 and 公开 itself ({@link DashboardCycles#runStep}) at the time it set on the engine's clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "budgetflow.demo.cycles=true",
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:dashboard;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
public @interface DashboardApplication {
}
