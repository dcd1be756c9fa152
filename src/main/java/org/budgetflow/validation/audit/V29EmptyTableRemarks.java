package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.budgetflow.validation.Findings;

/**
 * V29 every table with no data carries a 备注 "…故此表无数据" (and a table with data does not), and the narrative
 * section of an empty 表09/表10 says the same ("无…").
 */
public final class V29EmptyTableRemarks implements DisclosureRule {
    private static final String NO_DATA = "无数据";

    @Override
    public String id() {
        return "V29";
    }

    @Override
    public String title() {
        return "无数据的表格注明“故此表无数据”，情况说明相应部分说明无此项支出";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        for (Map.Entry<String, Optional<BigDecimal>> e : contents(d).entrySet()) {
            String id = e.getKey();
            boolean empty = e.getValue().isEmpty();
            Optional<String> remark = d.remark(id);
            String location = "tables." + id + ".remark";
            if (empty && remark.filter(r -> r.contains(NO_DATA)).isEmpty()) {
                f.warning(id(), location, "表" + id + " 无数据，但未注明“…故此表无数据”"
                        + remark.map(r -> "（备注为“" + r + "”）").orElse(""));
            } else if (!empty && remark.filter(r -> r.contains(NO_DATA)).isPresent()) {
                f.warning(id(), location, "表" + id + " 有数据（合计 " + Check.fmt(e.getValue().get()) + "），但备注称“"
                        + remark.get() + "”");
            }
        }
        narrativeSays(d, f, d.table09(), "政府性基金支出");
        narrativeSays(d, f, d.table10(), "国有资本经营支出");
    }

    /** Per table id: its total when it has data, empty when it has none. */
    private static Map<String, Optional<BigDecimal>> contents(DisclosureDocument d) {
        Map<String, Optional<BigDecimal>> contents = new LinkedHashMap<>();
        for (String id : new String[] {"02", "03", "05", "07", "09", "10", "11"}) {
            RowTable t = d.rowTable(id);
            contents.put(id, t.hasData() ? Optional.of(firstTotal(t)) : Optional.empty());
        }
        Table06 t06 = d.table06();
        boolean t06Data = !t06.total().isZero() || t06.rows().stream().anyMatch(r -> !r.values().isZero());
        contents.put("06", t06Data ? Optional.of(t06.total().get(Columns.T06_TOTAL)) : Optional.empty());
        Values t08 = d.table08().values();
        contents.put("08", t08.isZero() ? Optional.empty() : Optional.of(t08.get(Columns.T08_TOTAL)));
        Table13 t13 = d.table13();
        boolean t13Data = !t13.total().isZero() || t13.projects().stream().anyMatch(r -> !r.values().isZero());
        contents.put("13", t13Data ? Optional.of(t13.total().get(Columns.T13_TOTAL)) : Optional.empty());
        return contents;
    }

    private static BigDecimal firstTotal(RowTable t) {
        return t.total().map(r -> {
            for (String column : new String[] {Columns.TOTAL, Columns.T02_GRAND_TOTAL, Columns.T07_TOTAL}) {
                if (!r.values().isBlank(column)) {
                    return r.get(column);
                }
            }
            return BigDecimal.ZERO;
        }).orElse(BigDecimal.ZERO);
    }

    private void narrativeSays(DisclosureDocument d, Findings f, RowTable table, String section) {
        Narrative n = d.narrative();
        if (table.hasData() || !n.has(section)) {
            return;
        }
        boolean says = n.texts().stream()
                .filter(t -> t.location().startsWith(Narrative.location(section) + "."))
                .anyMatch(t -> t.text().contains("无"));
        if (!says) {
            f.warning(id(), Narrative.location(section, "说明"), table.label() + " 无数据，但情况说明“" + section
                    + "”未说明无此项支出");
        }
    }
}
