package org.budgetflow.workbook;

import static org.budgetflow.workbook.Layout.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.Assets;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.budget.Procurement;
import org.budgetflow.budget.Project;

/**
 * The writer's side of the layout: a budget's values per sheet, in column order. Values are Strings, BigDecimals,
 * Integers, Booleans or enum constants; null leaves the cell empty. Classification columns carry the bare code.
 */
final class SheetRows {
    private SheetRows() {
    }

    /** The rows of a table sheet. */
    static List<List<Object>> table(SheetSpec sheet, Budget budget) {
        List<List<Object>> rows = new ArrayList<>();
        if (sheet == UNITS) {
            budget.units().forEach(u -> rows.add(row(u.code(), u.name(), u.kind())));
        } else if (sheet == INCOME) {
            budget.income().forEach(f -> rows.add(money(f)));
        } else if (sheet == CARRY_FORWARD) {
            budget.carryForward().forEach(f -> rows.add(money(f)));
        } else if (sheet == LINES) {
            budget.lines().forEach(l -> rows.add(line(l)));
        } else if (sheet == PROJECTS) {
            budget.projects().forEach(p -> rows.add(row(p.id(), p.code(), p.name(), p.unitCode(), p.type(),
                    p.keyProject())));
        } else if (sheet == INDICATORS) {
            for (Project p : budget.projects()) {
                for (Indicator i : p.indicators()) {
                    rows.add(row(p.id(), i.category(), i.level2(), i.name(), i.value()));
                }
            }
        } else if (sheet == TASKS) {
            budget.departmentPerformance().tasks().forEach(t -> rows.add(row(t.name(), t.content())));
        } else if (sheet == OVERALL_INDICATORS) {
            budget.departmentPerformance().indicators().forEach(i -> rows.add(row(i.level1(), i.level2(),
                    i.level3(), i.value(), i.explanation())));
        } else if (sheet == TRANSFERS) {
            budget.specialTransferPayments().forEach(t -> rows.add(row(t.name(), t.amount())));
        } else {
            throw new IllegalArgumentException("not a table sheet: " + sheet.name());
        }
        return rows;
    }

    /** The values of a form sheet's fields; a repeatable field may have several values (or none). */
    static Map<Column, List<Object>> form(SheetSpec sheet, Budget budget) {
        Map<Column, List<Object>> values = new LinkedHashMap<>();
        if (sheet == DEPARTMENT) {
            values.put(YEAR, row(budget.year()));
            values.put(DEPARTMENT_CODE, row(budget.department().code()));
            values.put(DEPARTMENT_NAME, row(budget.department().name()));
            values.put(PRINTED_NAME, row(budget.department().printedName()));
            values.put(COMPOSITION, row(budget.department().composition()));
            values.put(RESPONSIBILITY, new ArrayList<>(budget.department().responsibilities()));
        } else if (sheet == PERFORMANCE) {
            values.put(ANNUAL_GOAL, row(budget.departmentPerformance().annualGoal()));
        } else if (sheet == PRIOR) {
            PriorYear p = budget.priorYear();
            PriorYear.ThreePublic t = p.threePublic() == null
                    ? new PriorYear.ThreePublic(null, null, null, null) : p.threePublic();
            values.put(PRIOR_YEAR, row(p.year()));
            values.put(PRIOR_TOTAL, row(p.total()));
            values.put(PRIOR_GENERAL, row(p.generalPublicBudget()));
            values.put(PRIOR_FUND, row(p.governmentFund()));
            values.put(PRIOR_CAPITAL, row(p.stateCapital()));
            values.put(PRIOR_ABROAD, row(t.abroad()));
            values.put(PRIOR_RECEPTION, row(t.reception()));
            values.put(PRIOR_PURCHASE, row(t.vehiclePurchase()));
            values.put(PRIOR_OPERATION, row(t.vehicleOperation()));
        } else if (sheet == REASONS) {
            ChangeReasons r = budget.changeReasons();
            values.put(REASON_TOTAL, row(r.total()));
            values.put(REASON_GENERAL, row(r.generalPublicBudget()));
            values.put(REASON_FUND, row(r.governmentFund()));
            values.put(REASON_CAPITAL, row(r.stateCapital()));
            values.put(REASON_THREE_PUBLIC, row(r.threePublic()));
        } else if (sheet == OTHER) {
            Procurement p = budget.procurement();
            Assets a = budget.assets();
            Assets.Vehicles v = a.vehicles() == null ? new Assets.Vehicles(null, null, null, null, null) : a.vehicles();
            values.put(GOODS, row(p.goods()));
            values.put(WORKS, row(p.works()));
            values.put(SERVICES, row(p.services()));
            values.put(AS_OF, row(a.asOf()));
            values.put(GENERAL_OFFICIAL, row(v.generalOfficial()));
            values.put(LAW_ENFORCEMENT, row(v.lawEnforcement()));
            values.put(SPECIAL_TECHNICAL, row(v.specialTechnical()));
            values.put(OTHER_VEHICLES, row(v.other()));
            values.put(OTHER_VEHICLES_NOTE, row(v.otherNote()));
            values.put(GENERAL_EQUIPMENT, row(a.generalEquipmentOver500k()));
            values.put(SPECIAL_EQUIPMENT, row(a.specialEquipmentOver1m()));
        } else {
            throw new IllegalArgumentException("not a form sheet: " + sheet.name());
        }
        return values;
    }

    private static List<Object> money(Funding f) {
        return row(f.unitCode(), f.fundSource(), f.carryOver(), f.appropriation(), f.amount());
    }

    private static List<Object> line(Line l) {
        return row(l.unitCode(), l.functionCode(), l.functionName(), l.deptEconCode(), l.deptEconName(),
                l.govEconCode(), l.govEconName(), l.fundSource(), l.carryOver(), l.appropriation(), l.category(),
                l.projectId(), l.amount());
    }

    /** A row that may hold nulls. */
    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
