package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.budgetflow.validation.Findings;

/**
 * V17 表05 = the 一般公共预算 part of 表03, row by row: every 表05 row is in 表03 and no cell exceeds 表03's;
 * identical when the department has only 一般公共预算 money; 表05 lists no empty (e.g. 基金-only) 功能 rows.
 */
public final class V17GeneralBudgetPartOfTable03 implements DisclosureRule {

    @Override
    public String id() {
        return "V17";
    }

    @Override
    public String title() {
        return "表05 是表03 的一般公共预算部分，不列空行或政府性基金科目";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        Map<String, TableRow> t03 = new HashMap<>();
        for (TableRow row : d.table03().functionRows()) {
            t03.putIfAbsent(row.code(), row);
        }
        Map<String, TableRow> t09 = new HashMap<>();
        for (TableRow row : d.table09().functionRows()) {
            t09.putIfAbsent(row.code(), row);
        }
        boolean identical = Facts.onlyGeneralPublicBudget(d);
        Map<String, TableRow> t05 = new HashMap<>();
        for (TableRow row : d.table05().functionRows()) {
            t05.putIfAbsent(row.code(), row);
            if (row.values().isZero()) {
                TableRow fund = t09.get(row.code());
                f.warning(id(), row.location(), "表05（一般公共预算）列出空行 " + row.label()
                        + (fund != null && !fund.values().isZero()
                        ? "，该科目为政府性基金支出（表09 " + Check.fmt(fund.get(Columns.TOTAL)) + "）" : ""));
                continue;
            }
            TableRow full = t03.get(row.code());
            if (full == null) {
                f.error(id(), row.location(), "表05 " + row.label() + " 合计 " + Check.fmt(row.get(Columns.TOTAL))
                        + " 未列入表03");
                continue;
            }
            for (String column : Columns.EXPENDITURE) {
                BigDecimal part = row.get(column);
                BigDecimal whole = full.get(column);
                if (Check.exceeds(part, whole, 1) || (identical && Check.differs(part, whole, 1))) {
                    f.error(id(), row.at(column), Check.mismatch("表05 " + row.label() + " " + column, part,
                            "表03 同科目", whole) + (identical ? "" : "（一般公共预算部分不能大于全部）"));
                }
            }
        }
        if (identical) {
            for (TableRow row : d.table03().functionRows()) {
                if (!t05.containsKey(row.code()) && !row.values().isZero()) {
                    f.error(id(), row.location(), "表03 " + row.label() + " 合计 " + Check.fmt(row.get(Columns.TOTAL))
                            + " 未列入表05（本部门只有一般公共预算资金）");
                }
            }
        }
    }
}
