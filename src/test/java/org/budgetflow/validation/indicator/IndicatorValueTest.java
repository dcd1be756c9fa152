package org.budgetflow.validation.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.Project;
import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.indicator.IndicatorValue.Comparator;
import org.budgetflow.validation.indicator.IndicatorValue.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorValueTest {

    /** Every value of the worked example: text, kind, comparator, number, unit (empty = none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≤0.27万元              | NUMBER      | AT_MOST  | 0.27 | 万元
            3名                    | NUMBER      | NONE     | 3    | 名
            有效完成               | QUALITATIVE | NONE     | -    | -
            ≥95%                   | NUMBER      | AT_LEAST | 95   | %
            ≤9.9万元               | NUMBER      | AT_MOST  | 9.9  | 万元
            ≥98%                   | NUMBER      | AT_LEAST | 98   | %
            ≤10.5万元              | NUMBER      | AT_MOST  | 10.5 | 万元
            2022年1月-2022年12月   | DATE        | NONE     | -    | -
            ≤0.5万元               | NUMBER      | AT_MOST  | 0.5  | 万元
            5人                    | NUMBER      | NONE     | 5    | 人
            有效节约               | QUALITATIVE | NONE     | -    | -
            有效提高               | QUALITATIVE | NONE     | -    | -
            ≥90%                   | NUMBER      | AT_LEAST | 90   | %
            每周一次               | QUALITATIVE | NONE     | -    | -
            ≤3.33万元              | NUMBER      | AT_MOST  | 3.33 | 万元
            16人                   | NUMBER      | NONE     | 16   | 人
            有效保障               | QUALITATIVE | NONE     | -    | -
            有效确保               | QUALITATIVE | NONE     | -    | -
            每月一次               | QUALITATIVE | NONE     | -    | -
            ≤4万元                 | NUMBER      | AT_MOST  | 4    | 万元
            ≥15种                  | NUMBER      | AT_LEAST | 15   | 种
            ≤1000万元              | NUMBER      | AT_MOST  | 1000 | 万元
            ≤135个                 | NUMBER      | AT_MOST  | 135  | 个
            按合同约定             | QUALITATIVE | NONE     | -    | -
            ≤38.51万元             | NUMBER      | AT_MOST  | 38.51| 万元
            ≤18部                  | NUMBER      | AT_MOST  | 18   | 部
            是                     | QUALITATIVE | NONE     | -    | -
            ≤90%                   | NUMBER      | AT_MOST  | 90   | %
            100%                   | NUMBER      | NONE     | 100  | %
            及时                   | QUALITATIVE | NONE     | -    | -
            ≤24万元                | NUMBER      | AT_MOST  | 24   | 万元
            4-6个                  | RANGE       | NONE     | 4    | 个
            按时合同约定完成       | QUALITATIVE | NONE     | -    | -
            ≤4000万元              | NUMBER      | AT_MOST  | 4000 | 万元
            有效改善               | QUALITATIVE | NONE     | -    | -
            ≤153个                 | NUMBER      | AT_MOST  | 153  | 个
            ≤102万元               | NUMBER      | AT_MOST  | 102  | 万元
            ≤137个                 | NUMBER      | AT_MOST  | 137  | 个
            ≥96%                   | NUMBER      | AT_LEAST | 96   | %
            相关                   | QUALITATIVE | NONE     | -    | -
            科学                   | QUALITATIVE | NONE     | -    | -
            合理                   | QUALITATIVE | NONE     | -    | -
            完整                   | QUALITATIVE | NONE     | -    | -
            ≥93%                   | NUMBER      | AT_LEAST | 93   | %
            ≤15%                   | NUMBER      | AT_MOST  | 15   | %
            ≤12%                   | NUMBER      | AT_MOST  | 12   | %
            ≤100%                  | NUMBER      | AT_MOST  | 100  | %
            真实                   | QUALITATIVE | NONE     | -    | -
            合规                   | QUALITATIVE | NONE     | -    | -
            健全                   | QUALITATIVE | NONE     | -    | -
            公开                   | QUALITATIVE | NONE     | -    | -
            规范                   | QUALITATIVE | NONE     | -    | -
            有效指导               | QUALITATIVE | NONE     | -    | -
            有效提升               | QUALITATIVE | NONE     | -    | -
            圆满完成               | QUALITATIVE | NONE     | -    | -
            ≤98%                   | NUMBER      | AT_MOST  | 98   | %
            """)
    void reads_every_value_of_the_worked_example(String text, Kind kind, Comparator comparator, BigDecimal number,
                                                 String unit) {
        IndicatorValue v = IndicatorValue.parse(text);

        assertThat(v.kind()).isEqualTo(kind);
        assertThat(v.comparator()).isEqualTo(comparator);
        if (number == null) {
            assertThat(v.number()).isNull();
        } else {
            assertThat(v.number()).isEqualByComparingTo(number);
        }
        assertThat(v.unitText()).isEqualTo(unit == null ? "" : unit);
        assertThat(v.text()).isEqualTo(text);
    }

    @Test
    void finds_no_value_of_the_worked_example_that_mixes_a_number_with_words() {
        Budget budget = LintBudgets.workedExample();
        List<String> values = new ArrayList<>();
        for (Project p : budget.projects()) {
            p.indicators().stream().map(Indicator::value).forEach(values::add);
        }
        budget.departmentPerformance().indicators().stream().map(OverallIndicator::value).forEach(values::add);

        assertThat(values).hasSize(90);
        assertThat(values).allSatisfy(v -> assertThat(IndicatorValue.parse(v).mixesNumberAndWords())
                .as(v).isFalse());
    }

    @Test
    void flags_a_range_of_counts_with_both_ends() {
        IndicatorValue v = IndicatorValue.parse("4-6个");

        assertThat(v.isRange()).isTrue();
        assertThat(v.number()).isEqualByComparingTo("4");
        assertThat(v.upper()).isEqualByComparingTo("6");
        assertThat(v.dimension()).isEqualTo(Dimension.COUNT);
        assertThat(IndicatorValue.parse("3至5万元").upper()).isEqualByComparingTo("5");
    }

    @Test
    void reads_a_period_of_last_year_as_a_date_range_with_its_year_tokens() {
        IndicatorValue v = IndicatorValue.parse("2022年1月-2022年12月");

        assertThat(v.kind()).isEqualTo(Kind.DATE);
        assertThat(v.isRange()).isTrue();
        assertThat(v.years()).containsExactly(2022, 2022);
        assertThat(v.hasNumber()).isFalse();
        assertThat(v.mixesNumberAndWords()).isFalse();
    }

    @Test
    void reads_deadlines_of_the_performance_book_as_dates() {
        assertThat(IndicatorValue.parse("2023 年末").years()).containsExactly(2023);
        assertThat(IndicatorValue.parse("2023 年12 月底").kind()).isEqualTo(Kind.DATE);
        assertThat(IndicatorValue.parse("2023 年6 月底前").kind()).isEqualTo(Kind.DATE);
        assertThat(IndicatorValue.parse("2023年12月底前完成").kind()).isEqualTo(Kind.DATE);
        assertThat(IndicatorValue.parse("2023.12").kind()).isEqualTo(Kind.DATE);
        assertThat(IndicatorValue.parse("2021-2022年").years()).containsExactly(2021, 2022);
    }

    @Test
    void flags_the_fire_brigade_values_that_mix_a_number_with_words() {
        for (String text : List.of("100 合理", "100按时完成", "100 提升", "100 尽责")) {
            IndicatorValue v = IndicatorValue.parse(text);
            assertThat(v.mixesNumberAndWords()).as(text).isTrue();
            assertThat(v.number()).isEqualByComparingTo("100");
            assertThat(v.unit()).isNull();
        }
        assertThat(IndicatorValue.parse("100 合理").words()).isEqualTo("合理");
    }

    @Test
    void flags_a_sentence_with_a_year_and_an_amount_as_mixed() {
        IndicatorValue v = IndicatorValue.parse("2024 年申请各类上级资金 20亿元以上");

        assertThat(v.mixesNumberAndWords()).isTrue();
        assertThat(v.number()).isEqualByComparingTo("20");
        assertThat(v.unitText()).isEqualTo("亿元");
        assertThat(v.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(v.years()).containsExactly(2024);
    }

    @Test
    void converts_money_to_wan_yuan() {
        assertThat(IndicatorValue.parse("≤38.51万元").wanYuan(true)).isEqualByComparingTo("38.51");
        assertThat(IndicatorValue.parse("≤19000元").wanYuan(true)).isEqualByComparingTo("1.9");
        assertThat(IndicatorValue.parse("1500000元").wanYuan(true)).isEqualByComparingTo("150");
        assertThat(IndicatorValue.parse("30000 元").wanYuan(false)).isEqualByComparingTo("3");
        assertThat(IndicatorValue.parse("≥20亿元").wanYuan(true)).isEqualByComparingTo("200000");
        assertThat(IndicatorValue.parse("≤200000 万元").wanYuan(true)).isEqualByComparingTo("200000");
    }

    @Test
    void counts_a_bare_wan_as_wan_yuan_only_in_a_cost_indicator() {
        IndicatorValue v = IndicatorValue.parse("≤2.4 万");

        assertThat(v.dimension()).isEqualTo(Dimension.BARE_MULTIPLIER);
        assertThat(v.wanYuan(true)).isEqualByComparingTo("2.4");
        assertThat(v.wanYuan(false)).isNull();
        assertThat(v.isMoney(false)).isFalse();
    }

    @Test
    void keeps_per_unit_money_apart_from_totals() {
        for (String text : List.of("≥2400元/月/人", "≥300 元/人/月", "≤2822元/人.月", "≥50 万元/年", "≤0.6 元（每张）")) {
            IndicatorValue v = IndicatorValue.parse(text);
            assertThat(v.kind()).as(text).isEqualTo(Kind.NUMBER);
            assertThat(v.isMoney(true)).as(text).isTrue();
            assertThat(v.unit().perUnit()).as(text).isTrue();
            assertThat(v.wanYuan(true)).as(text).isNull();
        }
        assertThat(IndicatorValue.parse("≥2917人/月").dimension()).isEqualTo(Dimension.PERSONS);
    }

    @Test
    void reads_comparator_words_and_suffixes() {
        assertThat(IndicatorValue.parse("不低于95%").comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(IndicatorValue.parse("不少于10人").comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(IndicatorValue.parse("不超过5万元").comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(IndicatorValue.parse("不高于3%").comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(IndicatorValue.parse(">=90%").comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(IndicatorValue.parse("<=10%").comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(IndicatorValue.parse("＞＝95％").comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(IndicatorValue.parse(">45.4 万元").comparator()).isEqualTo(Comparator.MORE_THAN);
        assertThat(IndicatorValue.parse("<40%").comparator()).isEqualTo(Comparator.LESS_THAN);
        assertThat(IndicatorValue.parse("=100%").comparator()).isEqualTo(Comparator.EQUAL);

        IndicatorValue above = IndicatorValue.parse("95%以上");
        assertThat(above.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(above.number()).isEqualByComparingTo("95");
        IndicatorValue within = IndicatorValue.parse("3个以内");
        assertThat(within.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(within.unitText()).isEqualTo("个");
        assertThat(IndicatorValue.parse("控制在5万元以内").wanYuan(true)).isEqualByComparingTo("5");
        assertThat(IndicatorValue.parse("30日内").dimension()).isEqualTo(Dimension.DURATION);
    }

    @Test
    void reads_spaces_full_width_signs_and_thousands_separators() {
        IndicatorValue v = IndicatorValue.parse("≥ 96 %");
        assertThat(v.kind()).isEqualTo(Kind.NUMBER);
        assertThat(v.number()).isEqualByComparingTo("96");
        assertThat(v.isPercent()).isTrue();

        assertThat(IndicatorValue.parse("7,395,500.0").number()).isEqualByComparingTo("7395500");
        assertThat(IndicatorValue.parse("１００％").number()).isEqualByComparingTo("100");
    }

    @Test
    void reads_the_unit_text_of_counts_persons_and_kinds() {
        assertThat(IndicatorValue.parse("≥50 台").dimension()).isEqualTo(Dimension.COUNT);
        assertThat(IndicatorValue.parse("36.7 万元").dimension()).isEqualTo(Dimension.MONEY);
        assertThat(IndicatorValue.parse("≤2次").dimension()).isEqualTo(Dimension.COUNT);
        assertThat(IndicatorValue.parse("3名").dimension()).isEqualTo(Dimension.PERSONS);
        assertThat(IndicatorValue.parse("≥60学时").dimension()).isEqualTo(Dimension.DURATION);
        assertThat(IndicatorValue.parse("≥1000件、个").unitText()).isEqualTo("件");
        IndicatorValue companies = IndicatorValue.parse("≥3家企业");
        assertThat(companies.kind()).isEqualTo(Kind.NUMBER);
        assertThat(companies.words()).isEqualTo("企业");
    }

    @Test
    void reads_a_time_limit_counted_from_an_event_as_a_number_of_days() {
        IndicatorValue v = IndicatorValue.parse("出院后30 个工作日内");

        assertThat(v.kind()).isEqualTo(Kind.NUMBER);
        assertThat(v.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(v.number()).isEqualByComparingTo("30");
        assertThat(v.dimension()).isEqualTo(Dimension.DURATION);
    }

    @Test
    void keeps_qualitative_wording_of_the_book_as_text() {
        for (String text : List.of("良好", "真实", "每月两次", "参照值班费标准执行", "元（每人）", "有效维护")) {
            IndicatorValue v = IndicatorValue.parse(text);
            assertThat(v.isQualitative()).as(text).isTrue();
            assertThat(v.hasNumber()).as(text).isFalse();
            assertThat(v.comparator()).isEqualTo(Comparator.NONE);
        }
    }

    @Test
    void keeps_bare_numbers_and_fragments_of_the_book_apart() {
        IndicatorValue bare = IndicatorValue.parse("≥16000");
        assertThat(bare.kind()).isEqualTo(Kind.NUMBER);
        assertThat(bare.unit()).isNull();
        assertThat(IndicatorValue.parse("2023").years()).as("a bare number is not a year").isEmpty();
        assertThat(IndicatorValue.parse("≥85前").mixesNumberAndWords()).isTrue();
        assertThat(IndicatorValue.parse("100%按时完成").mixesNumberAndWords()).isTrue();
    }

    @Test
    void treats_null_and_blank_values_as_empty() {
        assertThat(IndicatorValue.parse(null).isEmpty()).isTrue();
        assertThat(IndicatorValue.parse("  ").isEmpty()).isTrue();
        assertThat(IndicatorValue.parse("  ").text()).isEqualTo("  ");
    }

    @Test
    void prints_a_canonical_form_of_quantities() {
        assertThat(IndicatorValue.parse("≤ 38.51 万元").canonical()).isEqualTo("≤38.51万元");
        assertThat(IndicatorValue.parse("4-6个").canonical()).isEqualTo("4-6个");
        assertThat(IndicatorValue.parse(" 有效完成 ").canonical()).isEqualTo("有效完成");
    }
}
