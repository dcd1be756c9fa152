package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.validation.Findings;

/**
 * V26 表13 project set = 表11 project set: same names, units and amounts; as many projects as the narrative's
 * 绩效目标 项目个数.
 */
public final class V26ProjectSets implements DisclosureRule {

    @Override
    public String id() {
        return "V26";
    }

    @Override
    public String title() {
        return "表13 与表11 项目一致（名称、单位、金额），项目个数与情况说明一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        List<TableRow> t11 = d.table11().leaves().stream().filter(r -> !r.isType(RowTable.TOTAL)).toList();
        List<TableRow> t13 = d.table13().projects();
        Map<String, Deque<TableRow>> byName = new LinkedHashMap<>();
        for (TableRow project : t13) {
            byName.computeIfAbsent(normalize(project.name()), k -> new ArrayDeque<>()).add(project);
        }
        for (TableRow project : t11) {
            Deque<TableRow> matches = byName.get(normalize(project.name()));
            TableRow match = matches == null ? null : matches.poll();
            if (match == null) {
                f.error(id(), project.location(), "表11 项目“" + project.name() + "”（" + Check.fmt(
                        project.get(Columns.T11_TOTAL)) + "）不在表13 中");
                continue;
            }
            Check.equal(f, id(), match.at(Columns.T13_TOTAL), "表13 项目“" + match.name() + "” 资金总额",
                    match.get(Columns.T13_TOTAL), "表11 合计", project.get(Columns.T11_TOTAL), 1);
            String t11Unit = project.field("项目单位");
            String t13Unit = d.unitName(match.field("unitCode")).orElse(null);
            if (t11Unit != null && t13Unit != null && !normalize(t11Unit).equals(normalize(t13Unit))) {
                f.warning(id(), match.location() + ".unitCode", "项目“" + match.name() + "” 表13 单位 "
                        + match.field("unitCode") + " " + t13Unit + " 与表11 项目单位“" + t11Unit + "”不一致");
            }
        }
        byName.values().forEach(rest -> rest.forEach(project -> f.error(id(), project.location(),
                "表13 项目“" + project.name() + "”（" + Check.fmt(project.get(Columns.T13_TOTAL)) + "）不在表11 中")));
        d.narrative().amount("绩效目标", "项目个数").ifPresent(count -> {
            if (count.compareTo(BigDecimal.valueOf(t13.size())) != 0) {
                f.error(id(), Narrative.location("绩效目标", "项目个数"), "情况说明 绩效目标项目个数 "
                        + count.stripTrailingZeros().toPlainString() + " ≠ 表13 项目数 " + t13.size());
            }
        });
    }

    private static String normalize(String name) {
        if (name == null) {
            return "";
        }
        return name.replace('（', '(').replace('）', ')').replace('【', '[').replace('】', ']')
                .replaceAll("\\s+", "");
    }
}
