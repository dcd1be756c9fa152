package org.budgetflow.workflow.store;

import java.time.Instant;

/**
 * One entry of the audit trail: who decided what at which step, when, and why.
 *
 * @param step          the step of the cycle ({@link Step})
 * @param decision      the decision as taken: the task variable's value ({@code approve}, {@code return}, {@code 优} …)
 *                      or the outcome of a service step ({@code submit}, {@code pass}, {@code fail}, {@code record} …)
 * @param budgetVersion the version the decision is about, if any
 * @param decidedBy     the user id, or {@code system} for the engine's own steps
 * @param taskId        the user task completed, if any
 */
public record Decision(int year, String departmentCode, Step step, String decision, String comment,
        Integer budgetVersion, String decidedBy, Instant decidedAt, String taskId) {

    public static final String SYSTEM = "system";

    /** The steps of the cycle, with their Chinese names. */
    public enum Step {
        DRAFTING("部门编制"),
        VALIDATION("提交校验"),
        FINANCE_REVIEW("财政局审核"),
        PERFORMANCE_AUDIT("绩效目标审核"),
        CONGRESS_REVIEW("人大审查批准"),
        APPROVAL("批复"),
        PUBLICATION("公开"),
        CORRECTION("更正公开");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The Chinese name of the decision. */
    public String decisionLabel() {
        return switch (decision) {
            case "submit" -> "提交";
            case "pass" -> "校验通过";
            case "fail" -> "校验未通过，退回编制";
            case "approve" -> "通过";
            case "return" -> "退回";
            case "record" -> "已批复";
            case "publish" -> "已公开";
            case "request" -> "申请更正";
            case "reject" -> "不同意";
            case "republish" -> "已更正公开";
            case "remind" -> "期限提醒";
            case "overdue" -> "已逾期";
            default -> decision;
        };
    }
}
