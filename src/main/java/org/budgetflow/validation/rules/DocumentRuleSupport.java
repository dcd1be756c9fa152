package org.budgetflow.validation.rules;

import java.math.BigDecimal;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.FundSource;
import org.budgetflow.validation.BudgetContext;

/**
 * Wording and tallies shared by the budget-document rules (B1–B8) and the budget-level V rules: how a unit, a fund
 * source and an aggregated group of lines are named in a finding.
 */
final class DocumentRuleSupport {
    private DocumentRuleSupport() {
    }

    /** "单位 310001（洛阳市…）", or "单位 310009（未登记）" when the code is not in {@code units}. */
    static String unit(BudgetContext context, String code) {
        BudgetUnit unit = code == null ? null : context.unit(code);
        String name = unit == null ? "未登记" : unit.name();
        return "单位 " + code + "（" + name + "）";
    }

    /** "一般公共预算（本年）" or "政府性基金预算（上年结转）". */
    static String source(FundSource source, boolean carryOver) {
        return (source == null ? "未指明来源" : source.label()) + (carryOver ? "（上年结转）" : "（本年）");
    }

    /** The aggregated place of an income entry: {@code income[unitCode=…][fundSource=…][carryOver=…]}. */
    static String fundingPlace(String list, String unitCode, FundSource source, boolean carryOver) {
        return list + "[unitCode=" + unitCode + "][fundSource=" + (source == null ? "null" : source.name())
                + "][carryOver=" + carryOver + "]";
    }

    static String money(BigDecimal amount) {
        return Amounts.format(amount);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** 类 (3-digit) prefix check of a 5-digit economic code ("30201" starts with "302"). */
    static boolean inClass(String econCode, String... classes) {
        if (econCode == null) {
            return false;
        }
        for (String c : classes) {
            if (econCode.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines aggregated into one finding: the first line (document order), how many and their total. Keeps the
     * number of findings bounded by the number of distinct places, not by the number of lines.
     */
    static final class Tally {
        private int first = -1;
        private int count;
        private BigDecimal sum = BigDecimal.ZERO.setScale(Amounts.SCALE);

        void add(int lineIndex, BigDecimal amount) {
            if (first < 0) {
                first = lineIndex;
            }
            count++;
            if (amount != null) {
                sum = sum.add(amount);
            }
        }

        int first() {
            return first;
        }

        int count() {
            return count;
        }

        BigDecimal sum() {
            return sum;
        }

        /** "lines[3]" or "lines[3] 等共 12 行，合计 80.00". */
        String describe() {
            String head = BudgetContext.line(first);
            return count == 1 ? head + "（" + money(sum) + "）" : head + " 等共 " + count + " 行，合计 " + money(sum);
        }
    }
}
