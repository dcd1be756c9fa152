package org.budgetflow.disclosure;

import static org.budgetflow.disclosure.DisclosureJsonWriter.amount;
import static org.budgetflow.disclosure.DisclosureJsonWriter.percent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.budgetflow.budget.FundSource;
import org.budgetflow.disclosure.model.Change;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.Narrative.Breakdown;
import org.budgetflow.disclosure.model.Narrative.Compared;
import org.budgetflow.disclosure.model.Narrative.FiscalBudget;
import org.budgetflow.disclosure.model.Narrative.Spending;

/**
 * The {@code narrative} object of disclosure-v1, keyed as the sections of 情况说明. A change against last year is
 * {方向, 增减额, 百分比, 原因}; in the 三公 section an unchanged figure is the template's bare "保持一致", as the
 * worked example prints it. Counts are strings ("9").
 */
final class NarrativeJson {
    private final ObjectMapper mapper;

    NarrativeJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(Narrative n) {
        ObjectNode node = mapper.createObjectNode();

        ObjectNode totals = node.putObject("收支总计");
        totals.put("收入总计", amount(n.totals().incomeTotal()));
        totals.put("支出总计", amount(n.totals().expenditureTotal()));
        totals.set("比上年", change(n.totals().change()));

        ObjectNode income = node.putObject("收入");
        income.put("收入合计", amount(n.income().total()));
        income.put("一般公共预算收入", amount(n.income().generalPublicBudget()));
        n.income().otherSources().forEach((source, value) -> income.put(incomeKey(source), amount(value)));
        income.put("上年结转结余", amount(n.income().carryOver()));

        node.set("支出", breakdown("支出合计", n.expenditure()));

        ObjectNode fiscal = node.putObject("财政拨款收支");
        FiscalBudget gpb = n.fiscal().generalPublicBudget();
        FiscalBudget fund = n.fiscal().governmentFund();
        fiscal.put("一般公共预算收支预算", amount(gpb.amount()));
        fiscal.put("一般公共预算口径", gpb.basis());
        fiscal.put("政府性基金收支预算", amount(fund.amount()));
        fiscal.put("政府性基金口径", fund.basis());
        fiscal.set("一般公共预算比上年", change(gpb.change()));
        fiscal.set("政府性基金比上年", change(fund.change()));
        FiscalBudget capital = n.fiscal().stateCapital();
        if (capital == null) {
            fiscal.putNull("国有资本经营预算");
        } else {
            ObjectNode c = fiscal.putObject("国有资本经营预算");
            c.put("收支预算", amount(capital.amount()));
            c.put("口径", capital.basis());
            c.set("比上年", change(capital.change()));
        }

        node.set("一般公共预算支出", breakdown("合计", n.generalPublicBudget()));

        ObjectNode basic = node.putObject("一般公共预算基本支出");
        basic.put("合计", amount(n.generalPublicBudgetBasic().total()));
        basic.put("人员经费", amount(n.generalPublicBudgetBasic().personnel()));
        basic.put("人员经费占比", percent(n.generalPublicBudgetBasic().personnelShare()));
        basic.put("公用经费", amount(n.generalPublicBudgetBasic().publicOffice()));
        basic.put("公用经费占比", percent(n.generalPublicBudgetBasic().publicOfficeShare()));

        ObjectNode three = node.putObject("三公经费");
        Narrative.ThreePublic t = n.threePublic();
        compared(three, "合计", "比上年", t.total());
        compared(three, "因公出国（境）费", "因公出国（境）费比上年", t.abroad());
        compared(three, "公务接待费", "公务接待费比上年", t.reception());
        three.put("公务用车购置及运行费", amount(t.vehicles()));
        compared(three, "公务用车购置费", "公务用车购置费比上年", t.vehiclePurchase());
        compared(three, "公务用车运行维护费", "公务用车运行维护费比上年", t.vehicleOperation());

        node.set("政府性基金支出", spending(n.governmentFund()));
        node.set("国有资本经营支出", spending(n.stateCapital()));

        ObjectNode operating = node.putObject("机关运行经费");
        operating.put("合计", amount(n.operatingCosts().total()));
        operating.put("原文名称", n.operatingCosts().printedTitle());
        operating.put("说明", n.operatingCosts().explanation());

        ObjectNode procurement = node.putObject("政府采购");
        procurement.put("合计", amount(n.procurement().total()));
        procurement.put("货物", amount(n.procurement().goods()));
        procurement.put("工程", amount(n.procurement().works()));
        procurement.put("服务", amount(n.procurement().services()));

        ObjectNode targets = node.putObject("绩效目标");
        targets.put("涉及预算拨款", amount(n.performanceTargets().projectAmount()));
        targets.put("项目个数", String.valueOf(n.performanceTargets().projectCount()));
        ArrayNode keys = targets.putArray("重点绩效目标项目");
        n.performanceTargets().keyProjects().forEach(keys::add);
        targets.put("重点绩效目标项目个数", String.valueOf(n.performanceTargets().keyProjects().size()));

        ObjectNode assets = node.putObject("国有资产");
        Narrative.Assets a = n.assets();
        assets.put("时点", a.asOf());
        assets.put("车辆", count(a.vehicles()));
        assets.put("一般公务用车", count(a.generalOfficial()));
        assets.put("一般执法执勤用车", count(a.lawEnforcement()));
        assets.put("特种专业技术用车", count(a.specialTechnical()));
        assets.put("其他用车", count(a.other()));
        assets.put("其他用车说明", a.otherNote());
        assets.put("单位价值50万元以上通用设备", count(a.generalEquipmentOver500k()));
        assets.put("单位价值100万元以上专用设备", count(a.specialEquipmentOver1m()));

        node.put("专项转移支付", n.specialTransferPayments());
        return node;
    }

    private ObjectNode breakdown(String totalKey, Breakdown b) {
        ObjectNode node = mapper.createObjectNode();
        node.put(totalKey, amount(b.total()));
        node.put("基本支出", amount(b.basic()));
        node.put("基本支出占比", percent(b.basicShare()));
        node.put("项目支出", amount(b.project()));
        node.put("项目支出占比", percent(b.projectShare()));
        return node;
    }

    private ObjectNode spending(Spending s) {
        if (s.none()) {
            ObjectNode node = mapper.createObjectNode();
            node.putNull("合计");
            node.put("说明", s.noneStatement());
            return node;
        }
        return breakdown("合计", s.breakdown());
    }

    private JsonNode change(Change c) {
        if (c == null) {
            return NullNode.getInstance();
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("方向", c.direction().label());
        node.put("增减额", amount(c.amount()));
        node.put("百分比", percent(c.percentage()));
        node.put("原因", c.reason());
        return node;
    }

    /** 三公: the amount, and its change: "保持一致" when unchanged, else the change object. */
    private void compared(ObjectNode node, String amountKey, String changeKey, Compared c) {
        node.put(amountKey, amount(c.amount()));
        Change change = c.change();
        node.set(changeKey, change != null && change.unchanged()
                ? TextNode.valueOf(change.direction().label()) : change(change));
    }

    private static String incomeKey(FundSource source) {
        String label = source.label();
        return label.endsWith("收入") ? label : label + "收入";
    }

    private static String count(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
