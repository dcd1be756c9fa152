package org.budgetflow.workflow.store;

import java.time.Instant;
import java.time.LocalDate;

/** 批复: the finance bureau's approval of a department's budget, with its document number (e.g. 财预〔2023〕1号). */
public record Approval(int year, String departmentCode, int budgetVersion, String documentNumber, LocalDate approvedOn,
        Instant recordedAt) {
}
