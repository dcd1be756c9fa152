package org.budgetflow.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Percentages are exact until printed; changes against last year carry direction, amount and share. */
class PercentageAndChangeTest {

    @Test
    void a_percentage_is_rounded_half_up_to_two_decimals_only_when_printed() {
        Percentage p = Percentage.of(new BigDecimal("12.345"), new BigDecimal("100"));

        assertThat(p.value()).isEqualByComparingTo("12.345");
        assertThat(p.format()).isEqualTo("12.35%");
    }

    @Test
    void a_share_is_computed_from_the_exact_amounts() {
        assertThat(Percentage.of(new BigDecimal("118.72"), new BigDecimal("301.42")).format()).isEqualTo("39.39%");
        assertThat(Percentage.of(new BigDecimal("182.70"), new BigDecimal("301.42")).format()).isEqualTo("60.61%");
        assertThat(Percentage.of(BigDecimal.ZERO, new BigDecimal("5.00")).format()).isEqualTo("0.00%");
    }

    @Test
    void there_is_no_share_of_nothing() {
        assertThat(Percentage.of(new BigDecimal("1.00"), BigDecimal.ZERO)).isNull();
        assertThat(Percentage.of(new BigDecimal("1.00"), null)).isNull();
    }

    @Test
    void a_decrease_is_measured_against_last_years_figure() {
        Change c = Change.between(new BigDecimal("5000.00"), new BigDecimal("16000.00"), "项目减少。");

        assertThat(c.direction()).isEqualTo(Direction.DECREASE);
        assertThat(c.amount()).isEqualByComparingTo("11000.00");
        assertThat(c.percentage().format()).isEqualTo("68.75%");
        assertThat(c.reason()).isEqualTo("项目减少。");
    }

    @Test
    void an_increase_is_measured_against_last_years_figure() {
        Change c = Change.between(new BigDecimal("301.42"), new BigDecimal("207.60"), null);

        assertThat(c.direction()).isEqualTo(Direction.INCREASE);
        assertThat(c.amount()).isEqualByComparingTo("93.82");
        assertThat(c.percentage().format()).isEqualTo("45.19%");
        assertThat(c.reason()).isNull();
    }

    @Test
    void equal_figures_are_unchanged_and_zero_both_years_is_unchanged_without_a_share() {
        assertThat(Change.between(new BigDecimal("3.00"), new BigDecimal("3.00"), null).direction())
                .isEqualTo(Direction.UNCHANGED);
        Change none = Change.between(new BigDecimal("0.00"), new BigDecimal("0.00"), null);
        assertThat(none.unchanged()).isTrue();
        assertThat(none.percentage()).isNull();
    }

    @Test
    void without_a_prior_figure_there_is_no_comparison() {
        assertThat(Change.between(new BigDecimal("3.00"), null, "理由")).isNull();
    }
}
