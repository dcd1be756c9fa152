package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.budgetflow.validation.Findings;

/**
 * V19 表06 ⊆ 表07: for each 部门经济分类款, 表07 总计 ≥ 表06 合计; 表07 总计 − 表06 合计 − non-一般公共预算 basic
 * (表03 − 表05 基本支出) = 表11 合计.
 */
public final class V19BasicWithinEconomicSummary implements DisclosureRule {

    @Override
    public String id() {
        return "V19";
    }

    @Override
    public String title() {
        return "表06 各经济分类不超过表07，表07 扣除基本支出后等于表11 项目合计";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Map<String, BigDecimal> t07 = new LinkedHashMap<>();
        for (TableRow row : d.table07().leaves()) {
            if (row.code() != null) {
                t07.merge(row.code(), row.get(Columns.T07_TOTAL), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> t06 = new LinkedHashMap<>();
        Map<String, TableRow> firstRow = new LinkedHashMap<>();
        for (TableRow row : d.table06().rows()) {
            if (row.code() != null && !row.code().isBlank()) {
                t06.merge(row.code(), row.get(Columns.T06_TOTAL), BigDecimal::add);
                firstRow.putIfAbsent(row.code(), row);
            }
        }
        t06.forEach((code, amount) -> {
            BigDecimal summary = t07.getOrDefault(code, BigDecimal.ZERO);
            if (Check.exceeds(amount, summary, 1)) {
                TableRow row = firstRow.get(code);
                f.error(id(), row.at(Columns.T06_TOTAL), "表06 " + row.label() + " 合计 " + Check.fmt(amount)
                        + " 大于表07 同科目总计 " + Check.fmt(summary));
            }
        });
        d.table11().total().ifPresent(t11 -> d.table07().total().ifPresent(t07Total -> {
            BigDecimal nonGpbBasic = d.table03().total().map(r -> r.get(Columns.BASIC)).orElse(BigDecimal.ZERO)
                    .subtract(d.table05().total().map(r -> r.get(Columns.BASIC)).orElse(BigDecimal.ZERO));
            BigDecimal total = t07Total.get(Columns.T07_TOTAL);
            BigDecimal basic = d.table06().total().get(Columns.T06_TOTAL);
            BigDecimal projects = total.subtract(basic).subtract(nonGpbBasic);
            Check.equal(f, id(), t11.at(Columns.T11_TOTAL), "表11 合计", t11.get(Columns.T11_TOTAL),
                    "表07 总计 " + Check.fmt(total) + " − 表06 合计 " + Check.fmt(basic) + " − 非一般公共预算基本支出 "
                            + Check.fmt(nonGpbBasic) + " =", projects, 5);
        }));
    }
}
