package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.budgetflow.validation.Findings;

/**
 * V31 政府采购 货物 + 工程 + 服务 = 合计; plausibility: 表07 has capital rows (309xx/310xx) but 政府采购 = 0 ⇒ warning.
 */
public final class V31Procurement implements DisclosureRule {

    @Override
    public String id() {
        return "V31";
    }

    @Override
    public String title() {
        return "政府采购合计等于货物、工程、服务之和；有资本性支出而政府采购为零时提示";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Narrative n = d.narrative();
        Optional<BigDecimal> total = n.amount("政府采购", "合计");
        if (total.isEmpty()) {
            return;
        }
        String location = Narrative.location("政府采购", "合计");
        BigDecimal goods = n.amount("政府采购", "货物").orElse(BigDecimal.ZERO);
        BigDecimal works = n.amount("政府采购", "工程").orElse(BigDecimal.ZERO);
        BigDecimal services = n.amount("政府采购", "服务").orElse(BigDecimal.ZERO);
        boolean reported = Check.equal(f, id(), location, "情况说明 政府采购 合计", total.get(),
                "货物 + 工程 + 服务 = " + Check.plus(goods, works, services) + " =", Check.sum(goods, works, services), 3);
        if (reported || total.get().signum() != 0) {
            return;
        }
        List<TableRow> capital = d.table07().leaves().stream()
                .filter(r -> r.code() != null && (r.code().startsWith("309") || r.code().startsWith("310")))
                .filter(r -> r.get(Columns.T07_TOTAL).signum() > 0)
                .toList();
        if (!capital.isEmpty()) {
            StringBuilder rows = new StringBuilder();
            for (TableRow row : capital) {
                if (!rows.isEmpty()) {
                    rows.append("、");
                }
                rows.append(row.label()).append(" ").append(Check.fmt(row.get(Columns.T07_TOTAL)));
            }
            f.warning(id(), location, "政府采购预算 0.00，但表07 列有资本性支出 " + rows + "，请核实是否无需政府采购");
        }
    }
}
