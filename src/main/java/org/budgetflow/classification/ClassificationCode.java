package org.budgetflow.classification;

import java.util.Set;

import org.budgetflow.budget.FundSource;

/**
 * One code of a list as it applies in one budget year.
 *
 * @param code       the digits, e.g. {@code "2080505"}, {@code "30108"}
 * @param name       the official name in that year, e.g. 机关事业单位基本养老保险缴费支出
 * @param level      类, 款 or 项
 * @param parentCode the code one level up ({@code "20805"} for {@code "2080505"}), null for a 类
 * @param scope      the budgets whose money may use the code, as declared on this row (functional codes only;
 *                   empty = not declared here, see {@link CodeList#scopeOf(String)} for the inherited scope)
 */
public record ClassificationCode(String code, String name, CodeLevel level, String parentCode, Set<FundSource> scope) {

    public ClassificationCode {
        scope = scope == null ? Set.of() : Set.copyOf(scope);
    }

    /** The digits grouped as printed in the disclosure tables: "208 05 05", "301 08". */
    public String printed() {
        return printedOf(code);
    }

    /** Any 3-, 5- or 7-digit code grouped as printed; other strings unchanged. */
    public static String printedOf(String code) {
        return switch (code.length()) {
            case 5 -> code.substring(0, 3) + " " + code.substring(3);
            case 7 -> code.substring(0, 3) + " " + code.substring(3, 5) + " " + code.substring(5);
            default -> code;
        };
    }
}
