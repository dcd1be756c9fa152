package org.budgetflow.disclosure.model;

import java.util.List;

/**
 * A department's budget disclosure for one year (部门预算公开): the 13 tables and the narrative's key figures.
 *
 * @param amountUnit "万元"
 */
public record Disclosure(int year, String amountUnit, DepartmentInfo department, List<UnitInfo> units,
                         Narrative narrative, DisclosureTables tables) {
    public Disclosure {
        units = List.copyOf(units);
    }

    /**
     * @param printedName the name printed on the cover and in table 12 when it differs from the registered name,
     *                    else null
     */
    public record DepartmentInfo(String code, String name, String printedName) {
        /** The name to print: {@code printedName} when given, else the registered name. */
        public String displayName() {
            return printedName == null || printedName.isBlank() ? name : printedName;
        }
    }

    public record UnitInfo(String code, String name) {
    }
}
