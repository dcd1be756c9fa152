package org.budgetflow.disclosure.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.disclosure.model.Change;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.Narrative.Breakdown;
import org.budgetflow.disclosure.model.Narrative.Compared;
import org.budgetflow.disclosure.model.Narrative.FiscalBudget;
import org.budgetflow.disclosure.model.Narrative.Spending;
import org.budgetflow.disclosure.model.Percentage;

/**
 * The narrative's key figures as labelled items grouped by the sections of 情况说明 (一 … 十), in print order. A value
 * is a {@link BigDecimal} amount in 万元, a {@link Percentage}, an {@link Integer} count, a String, or null when the
 * narrative does not state it.
 */
final class NarrativeFigures {
    record Item(String label, Object value) {
    }

    record Section(String title, List<Item> items) {
    }

    private final List<Section> sections = new ArrayList<>();
    private List<Item> current;

    private NarrativeFigures() {
    }

    static List<Section> of(Narrative n) {
        NarrativeFigures f = new NarrativeFigures();
        f.build(n);
        return List.copyOf(f.sections);
    }

    private void build(Narrative n) {
        section("一、收入支出预算总体情况");
        item("收入总计", n.totals().incomeTotal());
        item("支出总计", n.totals().expenditureTotal());
        change("收支总计", n.totals().change());

        section("二、收入预算总体情况");
        item("收入合计", n.income().total());
        item("一般公共预算收入", n.income().generalPublicBudget());
        n.income().otherSources().forEach((source, value) -> item(incomeLabel(source), value));
        item("上年结转结余", n.income().carryOver());

        section("三、支出预算总体情况");
        breakdown("支出合计", n.expenditure());

        section("四、财政拨款收入支出预算总体情况");
        fiscal("一般公共预算", n.fiscal().generalPublicBudget());
        fiscal("政府性基金", n.fiscal().governmentFund());
        if (n.fiscal().stateCapital() != null) {
            fiscal("国有资本经营预算", n.fiscal().stateCapital());
        }

        section("五、一般公共预算支出预算情况");
        breakdown("合计", n.generalPublicBudget());

        section("六、一般公共预算基本支出预算情况");
        item("合计", n.generalPublicBudgetBasic().total());
        item("人员经费", n.generalPublicBudgetBasic().personnel());
        item("人员经费占比", n.generalPublicBudgetBasic().personnelShare());
        item("公用经费", n.generalPublicBudgetBasic().publicOffice());
        item("公用经费占比", n.generalPublicBudgetBasic().publicOfficeShare());

        section("七、一般公共预算“三公”经费支出预算情况");
        Narrative.ThreePublic t = n.threePublic();
        compared("“三公”经费合计", t.total());
        compared("因公出国（境）费", t.abroad());
        compared("公务接待费", t.reception());
        item("公务用车购置及运行费", t.vehicles());
        compared("公务用车购置费", t.vehiclePurchase());
        compared("公务用车运行维护费", t.vehicleOperation());

        section("八、政府性基金支出预算情况");
        spending(n.governmentFund());
        section("九、国有资本经营支出预算情况");
        spending(n.stateCapital());

        section("十、其他重要事项情况说明");
        section("（一）" + n.operatingCosts().printedTitle());
        item("合计", n.operatingCosts().total());
        item("说明", n.operatingCosts().explanation());

        section("（二）政府采购支出预算情况");
        item("合计", n.procurement().total());
        item("货物", n.procurement().goods());
        item("工程", n.procurement().works());
        item("服务", n.procurement().services());

        section("（三）绩效目标设置情况");
        item("涉及预算拨款", n.performanceTargets().projectAmount());
        item("项目个数", n.performanceTargets().projectCount());
        item("重点绩效目标项目个数", n.performanceTargets().keyProjects().size());
        item("重点绩效目标项目", n.performanceTargets().keyProjects().isEmpty() ? null
                : String.join("、", n.performanceTargets().keyProjects()));

        section("（四）国有资产占用情况");
        Narrative.Assets a = n.assets();
        item("时点", a.asOf());
        item("车辆", a.vehicles());
        item("一般公务用车", a.generalOfficial());
        item("一般执法执勤用车", a.lawEnforcement());
        item("特种专业技术用车", a.specialTechnical());
        item("其他用车", a.other());
        item("其他用车说明", a.otherNote());
        item("单位价值50万元以上通用设备", a.generalEquipmentOver500k());
        item("单位价值100万元以上专用设备", a.specialEquipmentOver1m());

        section("（五）专项转移支付项目情况");
        item("说明", n.specialTransferPayments());
    }

    private void section(String title) {
        current = new ArrayList<>();
        sections.add(new Section(title, current));
    }

    private void item(String label, Object value) {
        current.add(new Item(label, value));
    }

    private void breakdown(String totalLabel, Breakdown b) {
        item(totalLabel, b.total());
        item("基本支出", b.basic());
        item("基本支出占比", b.basicShare());
        item("项目支出", b.project());
        item("项目支出占比", b.projectShare());
    }

    private void fiscal(String name, FiscalBudget f) {
        item(name + "收支预算", f.amount());
        item(name + "口径", f.basis());
        change(name, f.change());
    }

    private void compared(String name, Compared c) {
        item(name, c.amount());
        change(name, c.change());
    }

    private void spending(Spending s) {
        if (s.none()) {
            item("合计", null);
            item("说明", s.noneStatement());
        } else {
            breakdown("合计", s.breakdown());
        }
    }

    /** A change against last year as four items; all blank when no prior-year figure is stated. */
    private void change(String name, Change c) {
        item(name + "比上年", c == null ? null : c.direction().label());
        item(name + "比上年增减额", c == null ? null : c.amount());
        item(name + "比上年增减百分比", c == null ? null : c.percentage());
        item(name + "增减原因", c == null ? null : c.reason());
    }

    private static String incomeLabel(FundSource source) {
        String label = source.label();
        return label.endsWith("收入") ? label : label + "收入";
    }
}
