package org.budgetflow.workflow.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.budgetflow.workflow.support.WorkflowClock;
import org.springframework.stereotype.Component;

/**
 * The twenty-day clocks of the 预算法: 批复 within 20 days of the congress's approval (§52) and 公开 within 20 days of
 * the 批复 (§14). Days are calendar days in the district's time zone; the deadline is the end of day 20. The finance
 * bureau is reminded on the morning of day 15; an incident is raised when day 20 is over.
 */
@Component
public class LegalClock {
    static final int REMINDER_DAY = 15;
    static final int DEADLINE_DAYS = 20;
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final WorkflowClock clock;

    public LegalClock(WorkflowClock clock) {
        this.clock = clock;
    }

    /** The last day on which the step is in time. */
    public LocalDate dueDate(LocalDate start) {
        return start.plusDays(DEADLINE_DAYS);
    }

    /** When the finance bureau is reminded: 09:00 on day 15. */
    public Instant reminderAt(LocalDate start) {
        return start.plusDays(REMINDER_DAY).atTime(MORNING).atZone(clock.zone()).toInstant();
    }

    /** When the step is overdue: the start of the day after the due date. */
    public Instant overdueAt(LocalDate start) {
        return dueDate(start).plusDays(1).atStartOfDay(clock.zone()).toInstant();
    }
}
