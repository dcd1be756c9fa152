package org.budgetflow.disclosure.model;

import java.util.List;
import java.util.NoSuchElementException;

/** The 13 tables of a disclosure (预算01表 … 预算13表). */
public record DisclosureTables(
        BalanceTable incomeAndExpenditure,
        Table income,
        Table expenditure,
        BalanceTable fiscalAppropriation,
        Table generalPublicBudget,
        Table generalPublicBudgetBasic,
        Table economicClassification,
        Table threePublic,
        Table governmentFund,
        Table stateCapital,
        Table projects,
        OverallPerformanceTable overallPerformance,
        ProjectPerformanceTable projectPerformance) {

    /** All 13 tables in print order. */
    public List<DisclosureTable> all() {
        return List.of(incomeAndExpenditure, income, expenditure, fiscalAppropriation, generalPublicBudget,
                generalPublicBudgetBasic, economicClassification, threePublic, governmentFund, stateCapital, projects,
                overallPerformance, projectPerformance);
    }

    /** The table with the given id ("01" … "13"). */
    public DisclosureTable byId(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no disclosure table " + id));
    }
}
