package org.budgetflow.workflow.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The names of the process variables shared by the BPMN models, the forms and the Java code. */
public final class ProcessVariables {
    // both processes
    public static final String YEAR = "year";
    // cycle process
    public static final String DEPARTMENT_CODES = "departmentCodes";
    public static final String CONGRESS_READINESS = "congressReadiness";
    public static final String CONGRESS_SESSION = "congressSession";
    public static final String CONGRESS_SUMMARY = "congressSummary";
    public static final String CONGRESS_DEPARTMENTS = "congressDepartments";
    public static final String CONGRESS_DEPARTMENT_OPTIONS = "congressDepartmentOptions";
    public static final String RETURN_DEPARTMENTS = "returnDepartments";
    public static final String CONGRESS_BOOK_LINKS = "congressBookLinks";
    // department process
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String DEPARTMENT_GROUP = "departmentGroup";
    public static final String DRAFTING_URL = "draftingUrl";
    public static final String BUDGET_STATUS = "budgetStatus";
    public static final String DRAFT_FINDINGS = "draftFindings";
    public static final String INDICATOR_FINDINGS = "indicatorFindings";
    public static final String LATEST_VERSION = "latestVersion";
    public static final String BUDGET_VERSION = "budgetVersion";
    public static final String DRAFT_VALID = "draftValid";
    public static final String RETURN_COMMENT = "returnComment";
    public static final String REVIEW_GROUP = "reviewGroup";
    public static final String CONGRESS_DECISION = "congressDecision";
    public static final String APPROVAL_REMINDER_AT = "approvalReminderAt";
    public static final String APPROVAL_OVERDUE_AT = "approvalOverdueAt";
    public static final String APPROVAL_DUE_DATE = "approvalDueDate";
    public static final String APPROVAL_DOCUMENT_NUMBER = "approvalDocumentNumber";
    public static final String APPROVAL_DATE = "approvalDate";
    public static final String PUBLICATION_REMINDER_AT = "publicationReminderAt";
    public static final String PUBLICATION_OVERDUE_AT = "publicationOverdueAt";
    public static final String PUBLICATION_DUE_DATE = "publicationDueDate";
    public static final String REMINDER_TEXT = "reminderText";
    public static final String CORRECTION_REASON = "correctionReason";
    public static final String PUBLISHED_VERSION = "publishedVersion";
    // task inputs (the contract)
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String GRADE = "grade";

    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String RETURN = "return";

    private ProcessVariables() {
    }

    public static int year(VariableScope scope) {
        Object year = scope.getVariable(YEAR);
        if (year instanceof Number number) {
            return number.intValue();
        }
        return Integer.parseInt(String.valueOf(year));
    }

    public static String department(VariableScope scope) {
        return (String) scope.getVariable(DEPARTMENT);
    }

    /** A string variable, trimmed; empty for none. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString().strip();
    }

    /** The business key of a department's process: {@code {year}-{dept}}, e.g. {@code 2023-310}. */
    public static String departmentKey(int year, String departmentCode) {
        return year + "-" + departmentCode;
    }

    /** The business key of a year's cycle process: the year. */
    public static String cycleKey(int year) {
        return String.valueOf(year);
    }
}
