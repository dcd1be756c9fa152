package org.budgetflow.disclosure;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Line;

/** What every table builder needs: the budget, its lines in print order, and the reference data. */
record Context(Budget budget, List<Line> lines, Names names, Wording wording, FunctionClasses functionClasses,
               ThreePublicCodes threePublicCodes) {

    static Context of(Budget budget, CodeNames codeNames, Wording wording, FunctionClasses classes,
                      ThreePublicCodes threePublic) {
        return new Context(budget, LineOrder.byFunctionCode(budget.lines()), new Names(codeNames, budget.year()),
                wording, classes, threePublic);
    }

    int year() {
        return budget.year();
    }

    /** The department name as printed (cover, table headers, remarks). */
    String departmentName() {
        return budget.printedName();
    }

    String departmentCode() {
        return budget.department().code();
    }

    /** The name of a unit, or its code when the budget does not list it. */
    String unitName(String unitCode) {
        return budget.units().stream().filter(u -> u.code().equals(unitCode)).map(BudgetUnit::name)
                .findFirst().orElse(unitCode);
    }

    String title(String tableId) {
        return wording.title(tableId, year());
    }

    String emptyRemark(String tableId) {
        return wording.emptyRemark(tableId, departmentName(), year());
    }
}
