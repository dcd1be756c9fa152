package org.budgetflow.budget;

import java.util.List;

/**
 * One department's budget for one year: everything the department declares, nothing derived.
 * Lists are never null; optional sections are empty records rather than null.
 */
public record Budget(
        int year,
        Department department,
        List<BudgetUnit> units,
        List<Funding> income,
        List<Funding> carryForward,
        List<Line> lines,
        List<Project> projects,
        DepartmentPerformance departmentPerformance,
        PriorYear priorYear,
        ChangeReasons changeReasons,
        Procurement procurement,
        Assets assets,
        List<SpecialTransferPayment> specialTransferPayments) {

    public Budget {
        units = Lists.of(units);
        income = Lists.of(income);
        carryForward = Lists.of(carryForward);
        lines = Lists.of(lines);
        projects = Lists.of(projects);
        specialTransferPayments = Lists.of(specialTransferPayments);
        departmentPerformance = departmentPerformance == null ? DepartmentPerformance.EMPTY : departmentPerformance;
        priorYear = priorYear == null ? PriorYear.EMPTY : priorYear;
        changeReasons = changeReasons == null ? ChangeReasons.EMPTY : changeReasons;
        procurement = procurement == null ? Procurement.EMPTY : procurement;
        assets = assets == null ? Assets.EMPTY : assets;
    }

    /** The name printed on the cover and table 12: {@code printedName} when given, else the registered name. */
    public String printedName() {
        return department.printedName() == null || department.printedName().isBlank()
                ? department.name() : department.printedName();
    }
}
