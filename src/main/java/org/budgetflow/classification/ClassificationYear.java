package org.budgetflow.classification;

/** Everything the catalog holds for one budget year: the three code lists and the economic mapping. */
public record ClassificationYear(int year, CodeList functionCodes, CodeList deptEconomicCodes,
                                 CodeList govEconomicCodes, EconomicMapping economicMapping) {

    public CodeList list(CodeListKind kind) {
        return switch (kind) {
            case FUNCTION -> functionCodes;
            case DEPT_ECONOMIC -> deptEconomicCodes;
            case GOV_ECONOMIC -> govEconomicCodes;
        };
    }
}
