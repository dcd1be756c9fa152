package org.budgetflow.budget;

/** The department's own explanation of each change against last year. */
public record ChangeReasons(String total, String generalPublicBudget, String governmentFund, String stateCapital,
                            String threePublic) {
    public static final ChangeReasons EMPTY = new ChangeReasons(null, null, null, null, null);
}
