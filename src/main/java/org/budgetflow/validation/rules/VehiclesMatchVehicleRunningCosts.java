package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.money;

import java.math.BigDecimal;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Assets;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * V32 (warning, plausibility): 公务用车运行维护费 (30231, 一般公共预算 财政拨款) budgeted while 国有资产占用 shows no vehicle;
 * vehicles while no line of any source budgets 30231. The guide (§2.3) calls the first case an error; as a
 * plausibility check (a vehicle may be leased or arrive during the year) it is reported as a warning for the reviewer.
 */
public final class VehiclesMatchVehicleRunningCosts implements BudgetRule {
    private static final String VEHICLE_RUNNING = "30231";

    @Override
    public String id() {
        return "V32";
    }

    @Override
    public String title() {
        return "车辆数与公务用车运行维护费匹配（指南定为错误，作为合理性检查报警告）";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        BigDecimal fiscal = Amounts.orZero(null);
        BigDecimal any = Amounts.orZero(null);
        for (Line line : context.budget().lines()) {
            if (VEHICLE_RUNNING.equals(line.deptEconCode()) && line.amount() != null) {
                any = any.add(line.amount());
                if (line.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET && line.appropriation()) {
                    fiscal = fiscal.add(line.amount());
                }
            }
        }
        Assets.Vehicles vehicles = context.budget().assets().vehicles();
        int count = vehicles == null ? 0 : vehicles.total();
        if (fiscal.signum() > 0 && count == 0) {
            findings.warning(id(), "assets.vehicles", "一般公共预算财政拨款安排公务用车运行维护费（30231）" + money(fiscal)
                    + "，但国有资产占用情况" + (vehicles == null ? "未填写车辆" : "显示车辆 0 辆") + "；请核实车辆数或运行费");
        } else if (count > 0 && any.signum() == 0) {
            findings.warning(id(), "assets.vehicles", "国有资产占用情况显示车辆 " + count
                    + " 辆，但预算未安排公务用车运行维护费（30231）；请核实车辆数或运行费");
        }
    }
}
