package org.budgetflow.disclosure;

import java.util.Optional;

/**
 * Official names of classification codes for a year, used when a line does not print a name itself. Adapt the
 * classification catalogue with a lambda, e.g.
 * {@code (kind, year, code) -> catalog.functionCodes(year).name(code)}.
 */
@FunctionalInterface
public interface CodeNames {
    /** No code list: rows show only the names the lines print. */
    CodeNames NONE = (kind, year, code) -> Optional.empty();

    Optional<String> name(Kind kind, int year, String code);

    /** The three code lists of a budget line. */
    enum Kind {
        /** 支出功能分类 (类款项). */
        FUNCTION,
        /** 部门预算支出经济分类. */
        DEPT_ECONOMIC,
        /** 政府预算支出经济分类. */
        GOV_ECONOMIC
    }
}
