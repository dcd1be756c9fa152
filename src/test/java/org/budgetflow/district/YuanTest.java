package org.budgetflow.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class YuanTest {

    @Test
    void converts_yuan_to_wan_yuan_exactly_at_two_decimals() {
        assertThat(Yuan.toWan(new BigDecimal("7395500"))).isEqualTo(new BigDecimal("739.55"));
        assertThat(Yuan.toWan(new BigDecimal("6500"))).isEqualTo(new BigDecimal("0.65"));
        assertThat(Yuan.toWan(new BigDecimal("0"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(Yuan.convertsExactly(new BigDecimal("11500"))).isTrue();
    }

    @Test
    void keeps_an_amount_that_is_not_a_whole_hundred_yuan_unrounded() {
        assertThat(Yuan.convertsExactly(new BigDecimal("12345"))).isFalse();
        assertThat(Yuan.toWan(new BigDecimal("12345"))).isEqualTo(new BigDecimal("1.2345"));
        assertThat(Yuan.convertsExactly(new BigDecimal("1858400.5"))).isFalse();
    }

    @Test
    void prints_yuan_as_the_book_does_with_the_wan_yuan_beside() {
        assertThat(Yuan.describe(new BigDecimal("251515400"))).isEqualTo("251,515,400 元（25151.54 万元）");
    }
}
