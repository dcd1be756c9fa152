package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.model.HeaderNode.group;
import static org.budgetflow.disclosure.model.HeaderNode.leaf;

import java.util.List;

import org.budgetflow.disclosure.model.Column;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.HeaderNode;
import org.budgetflow.disclosure.model.Row;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.disclosure.model.Table;

/**
 * 预算08表 一般公共预算“三公”经费预算表: one row, the 三公 components from 一般公共预算 财政拨款 lines by economic code
 * (guide §2.2), with the template's 注; without 三公 money, empty cells and the remark.
 */
final class ThreePublicTableBuilder {
    static final String ID = "08";
    static final String TOTAL = "三公经费合计";
    static final String ABROAD = "因公出国（境）费";
    static final String VEHICLES = "公务用车购置及运行费_小计";
    static final String VEHICLE_PURCHASE = "公务用车购置费";
    static final String VEHICLE_OPERATION = "公务用车运行费";
    static final String RECEPTION = "公务接待费";

    Table build(Context ctx) {
        ThreePublicAmounts a = ThreePublicAmounts.of(ctx.lines(), ctx.threePublicCodes());
        Row row = Row.builder(RowType.TOTAL, null, null)
                .amount(TOTAL, Money.blankIfZero(a.total()))
                .amount(ABROAD, Money.blankIfZero(a.abroad()))
                .amount(VEHICLES, Money.blankIfZero(a.vehicles()))
                .amount(VEHICLE_PURCHASE, Money.blankIfZero(a.vehiclePurchase()))
                .amount(VEHICLE_OPERATION, Money.blankIfZero(a.vehicleOperation()))
                .amount(RECEPTION, Money.blankIfZero(a.reception()))
                .build();
        String remark = a.total().signum() == 0 ? ctx.emptyRemark(ID) : null;
        return new Table(ID, ctx.title(ID), new Grid(header(), List.of(row)), ctx.wording().text("note.08"), remark);
    }

    private static List<HeaderNode> header() {
        return List.of(
                leaf(Column.amount(TOTAL, "“三公”经费合计")),
                leaf(Column.amount(ABROAD, "因公出国（境）费")),
                group("公务用车购置及运行费", leaf(Column.amount(VEHICLES, "小计")),
                        leaf(Column.amount(VEHICLE_PURCHASE, "公务用车购置费")),
                        leaf(Column.amount(VEHICLE_OPERATION, "公务用车运行费"))),
                leaf(Column.amount(RECEPTION, "公务接待费")));
    }
}
