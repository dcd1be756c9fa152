package org.budgetflow.district;

import java.math.BigDecimal;

/** How book amounts are printed in messages: "251,515,400 元（25151.54 万元）". */
public final class BookFindingFormat {
    private BookFindingFormat() {
    }

    public static String yuan(BigDecimal yuan) {
        return Yuan.describe(yuan);
    }
}
