package org.budgetflow.validation.indicator;

import java.util.Objects;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;

/**
 * Base of the performance-target lint rules L1–L10 (guide §4.4): they read the {@link IndicatorSheet} that one
 * {@link IndicatorSheets} builds per validation run, so that every value is parsed once however many rules look at it.
 * All lint findings are warnings: the reviewer decides.
 */
public abstract class IndicatorLintRule implements BudgetRule {
    private final IndicatorSheets sheets;

    protected IndicatorLintRule(IndicatorSheets sheets) {
        this.sheets = Objects.requireNonNull(sheets, "sheets");
    }

    protected IndicatorSheet sheet(BudgetContext context) {
        return sheets.of(context);
    }

    /** The indicator name without whitespace and quotes, for matching terms. */
    protected static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && "“”\"'‘’「」".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
