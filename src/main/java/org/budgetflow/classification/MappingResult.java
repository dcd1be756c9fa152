package org.budgetflow.classification;

import java.util.List;

/**
 * @param verdict allowed, not allowed or not covered
 * @param allowed the 政府经济款 the rules allow for the 部门经济款 and unit kind, sorted (empty when not covered)
 */
public record MappingResult(MappingVerdict verdict, List<String> allowed) {

    public MappingResult {
        allowed = List.copyOf(allowed);
    }

    public boolean isAllowed() {
        return verdict == MappingVerdict.ALLOWED;
    }
}
