package org.budgetflow.budget;

import java.math.BigDecimal;

/** A special transfer payment (专项转移支付) the department manages. */
public record SpecialTransferPayment(String name, BigDecimal amount) {
}
