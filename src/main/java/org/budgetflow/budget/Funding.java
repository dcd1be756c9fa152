package org.budgetflow.budget;

import java.math.BigDecimal;

/**
 * An income entry or a planned year-end carry-forward: money of one unit from one source.
 *
 * @param carryOver     true for 上年结转结余 brought into this year
 * @param appropriation false marks 一般公共预算 money that is not 财政拨款 (default true)
 */
public record Funding(String unitCode, FundSource fundSource, boolean carryOver, boolean appropriation, BigDecimal amount) {
}
