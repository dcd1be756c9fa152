package org.budgetflow.validation.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearTokensTest {

    @Test
    void finds_years_followed_by_nian_a_month_or_a_second_year() {
        assertThat(YearTokens.find("聘用时间 2022年1月-2022年12月")).containsExactly(2022, 2022);
        assertThat(YearTokens.find("2021-2022年专项债项目")).containsExactly(2021, 2022);
        assertThat(YearTokens.find("会议召开时间 2023 年底前")).containsExactly(2023);
        assertThat(YearTokens.find("2023.12")).containsExactly(2023);
        assertThat(YearTokens.find("２０２３年")).containsExactly(2023);
    }

    @Test
    void ignores_numbers_that_are_not_years() {
        assertThat(YearTokens.find("≥2000人")).isEmpty();
        assertThat(YearTokens.find("1500000元")).isEmpty();
        assertThat(YearTokens.find("老旧小区改造数量")).isEmpty();
        assertThat(YearTokens.find(null)).isEmpty();
    }

    @Test
    void finds_bracketed_fund_years_in_project_names_when_loose() {
        assertThat(YearTokens.findLoose("洛阳市既有住宅电梯（第一批）市级补贴资金(洛财城建【2022】16号"))
                .containsExactly(2022);
        assertThat(YearTokens.find("洛财城建【2022】16号")).isEmpty();
        assertThat(YearTokens.findLoose("西工区2022年老旧小区改造提质工程")).containsExactly(2022);
    }
}
