package org.budgetflow.budget;

import java.math.BigDecimal;

/** The government procurement budget (政府采购预算) by goods, works and services; null = not stated. */
public record Procurement(BigDecimal goods, BigDecimal works, BigDecimal services) {
    public static final Procurement EMPTY = new Procurement(null, null, null);

    public BigDecimal total() {
        return Amounts.sum(goods, works, services);
    }
}
