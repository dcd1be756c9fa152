package org.budgetflow.validation.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.validation.Findings;

/**
 * V21 表08 components = Σ 表07 一般公共预算 财政拨款 of the 三公 codes (guide §2.2): 因公出国（境）费 30212,
 * 公务用车购置费 31013 + 30913, 公务用车运行费 30231, 公务接待费 30217. Money of these codes in 表07's 上年结转结余
 * column may be counted in 表08 too, so 表08 must lie between the current-year figure and that plus the carry-over.
 */
public final class V21ThreePublicFromEconomicCodes implements DisclosureRule {
    private static final Map<String, List<String>> CODES = codes();

    @Override
    public String id() {
        return "V21";
    }

    @Override
    public String title() {
        return "表08 “三公”经费各项与表07 对应经济分类科目一致";
    }

    @Override
    public void check(DisclosureDocument d, Findings f) {
        List<TableRow> econ = d.table07().leaves();
        Values t08 = d.table08().values();
        CODES.forEach((column, codes) -> {
            BigDecimal current = BigDecimal.ZERO;
            BigDecimal carry = BigDecimal.ZERO;
            for (TableRow row : econ) {
                if (row.code() != null && codes.contains(row.code())) {
                    current = current.add(row.values().isBlank(Columns.T07_GPB_FISCAL)
                            ? row.get(Columns.T07_GPB) : row.get(Columns.T07_GPB_FISCAL));
                    carry = carry.add(row.get(Columns.T07_CARRY));
                }
            }
            BigDecimal printed = t08.get(column);
            if (Check.exceeds(current, printed, 1) || Check.exceeds(printed, current.add(carry), 1)) {
                String codeText = String.join("+", codes);
                f.error(id(), Table08.at(column), Check.mismatch("表08 " + column, printed,
                        "表07 " + codeText + " 一般公共预算财政拨款", current)
                        + (carry.signum() == 0 ? "" : "（含上年结转结余最多 " + Check.fmt(current.add(carry)) + "）"));
            }
        });
    }

    private static Map<String, List<String>> codes() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put(Columns.T08_ABROAD, List.of("30212"));
        codes.put(Columns.T08_VEHICLE_PURCHASE, List.of("31013", "30913"));
        codes.put(Columns.T08_VEHICLE_OPERATION, List.of("30231"));
        codes.put(Columns.T08_RECEPTION, List.of("30217"));
        return Map.copyOf(codes);
    }
}
