package org.budgetflow.workflow.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.budgetflow.workflow.support.WorkflowClock;
import org.budgetflow.workflow.support.WorkflowSettings;
import org.junit.jupiter.api.Test;

/** The 20-day clocks of 预算法 §14 and §52, in the district's calendar days. */
class LegalClockTest {
    private final WorkflowClock clock = new WorkflowClock(WorkflowSettings.defaults());
    private final LegalClock legal = new LegalClock(clock);
    private final LocalDate congress = LocalDate.of(2023, 1, 10);

    @Test
    void the_deadline_is_day_20_and_the_step_is_overdue_when_that_day_is_over() {
        assertThat(legal.dueDate(congress)).isEqualTo(LocalDate.of(2023, 1, 30));
        assertThat(ZonedDateTime.ofInstant(legal.overdueAt(congress), clock.zone()).toLocalDateTime())
                .isEqualTo(LocalDate.of(2023, 1, 31).atStartOfDay());
    }

    @Test
    void the_reminder_comes_on_the_morning_of_day_15_in_the_districts_time_zone() {
        assertThat(ZonedDateTime.ofInstant(legal.reminderAt(congress), clock.zone()).toLocalDateTime())
                .isEqualTo(LocalDate.of(2023, 1, 25).atTime(9, 0));
        assertThat(legal.reminderAt(congress).toString()).isEqualTo("2023-01-25T01:00:00Z");
    }
}
