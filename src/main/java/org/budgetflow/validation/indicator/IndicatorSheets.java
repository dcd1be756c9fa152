package org.budgetflow.validation.indicator;

import java.util.Map;
import java.util.WeakHashMap;

import org.budgetflow.validation.BudgetContext;

/**
 * Builds the {@link IndicatorSheet} of a validation run once and hands the same sheet to every lint rule that asks
 * for the same {@link BudgetContext}. Give one instance to all lint rules of a validator. Thread-safe; a sheet lives
 * as long as its context.
 */
public final class IndicatorSheets {
    private final Map<BudgetContext, IndicatorSheet> sheets = new WeakHashMap<>();

    public synchronized IndicatorSheet of(BudgetContext context) {
        return sheets.computeIfAbsent(context, IndicatorSheet::of);
    }
}
