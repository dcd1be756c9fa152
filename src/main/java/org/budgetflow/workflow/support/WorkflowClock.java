package org.budgetflow.workflow.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's clock ({@link ClockUtil}) in the district's time zone: the application stamps its records with the
 * same time the engine uses for its timers, so a test that moves the engine's clock moves both.
 */
@Component
public class WorkflowClock {
    private final ZoneId zone;

    public WorkflowClock(WorkflowSettings settings) {
        this.zone = settings.zone();
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
