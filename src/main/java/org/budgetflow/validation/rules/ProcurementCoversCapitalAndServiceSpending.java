package org.budgetflow.validation.rules;

import static org.budgetflow.validation.rules.DocumentRuleSupport.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Procurement;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Findings;

/**
 * V31 (warning, plausibility): a government procurement budget (政府采购预算) of 0 or not stated while the lines (all
 * sources, basic and project, as in 表07) spend more than a small threshold on capital items (309 资本性支出（基本建设）,
 * 310 资本性支出) or on purchased services (30226 劳务费, 30227 委托业务费). The threshold applies to each of the two groups.
 */
public final class ProcurementCoversCapitalAndServiceSpending implements BudgetRule {
    /** 1.00 万元: below this, capital or service spending alone does not suggest a procurement budget. */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("1.00");

    private final BigDecimal threshold;

    public ProcurementCoversCapitalAndServiceSpending() {
        this(DEFAULT_THRESHOLD);
    }

    public ProcurementCoversCapitalAndServiceSpending(BigDecimal threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    @Override
    public String id() {
        return "V31";
    }

    @Override
    public String title() {
        return "政府采购预算合理性：有资本性支出或购买服务支出时政府采购预算不应为 0";
    }

    @Override
    public void check(BudgetContext context, Findings findings) {
        Procurement procurement = context.budget().procurement();
        boolean stated = procurement.goods() != null || procurement.works() != null || procurement.services() != null;
        if (stated && procurement.total().signum() != 0) {
            return;
        }
        BigDecimal capitalBasic = Amounts.orZero(null);
        BigDecimal capital = Amounts.orZero(null);
        BigDecimal labour = Amounts.orZero(null);
        BigDecimal commissioned = Amounts.orZero(null);
        for (Line line : context.budget().lines()) {
            String code = line.deptEconCode();
            if (code == null || line.amount() == null) {
                continue;
            }
            if (code.startsWith("309")) {
                capitalBasic = capitalBasic.add(line.amount());
            } else if (code.startsWith("310")) {
                capital = capital.add(line.amount());
            } else if (code.equals("30226")) {
                labour = labour.add(line.amount());
            } else if (code.equals("30227")) {
                commissioned = commissioned.add(line.amount());
            }
        }
        boolean capitalSpending = capitalBasic.add(capital).compareTo(threshold) > 0;
        boolean serviceSpending = labour.add(commissioned).compareTo(threshold) > 0;
        if (!capitalSpending && !serviceSpending) {
            return;
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, "309 资本性支出（基本建设）", capitalBasic);
        addPart(parts, "310 资本性支出", capital);
        addPart(parts, "30226 劳务费", labour);
        addPart(parts, "30227 委托业务费", commissioned);
        String budgeted = stated
                ? "政府采购预算为 0.00（货物 " + money(procurement.goods()) + "、工程 " + money(procurement.works())
                        + "、服务 " + money(procurement.services()) + "）"
                : "未填写政府采购预算";
        findings.warning(id(), "procurement", budgeted + "，但支出中有 " + String.join("、", parts)
                + "；这些支出通常需要政府采购，请核实政府采购预算");
    }

    private static void addPart(List<String> parts, String label, BigDecimal amount) {
        if (amount.signum() > 0) {
            parts.add(label + " " + money(amount));
        }
    }
}
