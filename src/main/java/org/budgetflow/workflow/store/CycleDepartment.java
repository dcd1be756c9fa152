package org.budgetflow.workflow.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.budgetflow.workflow.Stage;

/**
 * A department in a year's cycle ({@code bf_cycle_department}).
 *
 * @param ceiling             the 控制数 for 一般公共预算 money, if the finance bureau set one
 * @param admissible          false after the grade 差 until a revised version is submitted
 * @param inadmissibleVersion the version graded 差, while not admissible
 * @param congressSession     the congress review (1, 2, …) that covers or last covered the department
 * @param congressApprovedOn  the day from which the 批复 clock runs (预算法 §52)
 */
public record CycleDepartment(int year, String code, BigDecimal ceiling, Stage stage, boolean admissible,
        Integer inadmissibleVersion, Integer congressSession, LocalDate congressApprovedOn, String processInstanceId,
        Instant updatedAt) {

    public Optional<BigDecimal> ceilingAmount() {
        return Optional.ofNullable(ceiling);
    }
}
