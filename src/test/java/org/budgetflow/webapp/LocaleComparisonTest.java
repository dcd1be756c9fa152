package org.budgetflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.webapp.WebappLocales.flatten;
import static org.budgetflow.webapp.WebappLocales.htmlTags;
import static org.budgetflow.webapp.WebappLocales.isBlank;
import static org.budgetflow.webapp.WebappLocales.json;
import static org.budgetflow.webapp.WebappLocales.keysMissingIn;
import static org.budgetflow.webapp.WebappLocales.mayBeBlank;
import static org.budgetflow.webapp.WebappLocales.placeholders;

import org.junit.jupiter.api.Test;

/** The comparisons the locale tests rely on, on small hand-written locale files: they do catch what they check. */
class LocaleComparisonTest {

    private static final String ENGLISH = """
            {"dateLocales": {"week": {"dow": 1}, "months": ["January", "February"]},
             "labels": {"SAVE": "Save", "GREETING": "Hello {{ name }}", "LINK": "See <a href=\\"#/x\\">here</a>."}}
            """;

    @Test
    void flattens_nested_keys_and_keeps_arrays_as_leaves() {
        assertThat(flatten(json(ENGLISH))).containsOnlyKeys("dateLocales.week.dow", "dateLocales.months",
                "labels.SAVE", "labels.GREETING", "labels.LINK");
    }

    @Test
    void finds_a_key_the_chinese_file_lacks() {
        var chinese = flatten(json("""
                {"dateLocales": {"week": {"dow": 1}, "months": ["一月", "二月"]},
                 "labels": {"SAVE": "保存", "GREETING": "您好 {{name}}"}}
                """));

        assertThat(keysMissingIn(flatten(json(ENGLISH)), chinese)).containsExactly("labels.LINK");
        assertThat(keysMissingIn(chinese, flatten(json(ENGLISH)))).isEmpty();
    }

    @Test
    void finds_no_missing_key_when_both_files_have_the_same_keys() {
        var chinese = flatten(json("""
                {"dateLocales": {"week": {"dow": 1}, "months": ["一月", "二月"]},
                 "labels": {"SAVE": "保存", "GREETING": "您好 {{name}}", "LINK": "请看<a href=\\"#/x\\">这里</a>。"}}
                """));

        assertThat(keysMissingIn(flatten(json(ENGLISH)), chinese)).isEmpty();
    }

    @Test
    void matches_placeholders_regardless_of_spaces_and_notices_a_translated_one() {
        assertThat(placeholders("您好 {{name}}")).isEqualTo(placeholders("Hello {{ name }}"));
        assertThat(placeholders("您好 {{姓名}}")).isNotEqualTo(placeholders("Hello {{ name }}"));
        assertThat(placeholders("已选择 {} 个")).isEqualTo(placeholders("{} selected"));
        assertThat(placeholders("已选择")).isNotEqualTo(placeholders("{} selected"));
    }

    @Test
    void notices_a_lost_link_but_not_a_literal_angle_bracket_text() {
        assertThat(htmlTags("请看这里。")).isNotEqualTo(htmlTags("See <a href=\"#/x\">here</a>."));
        assertThat(htmlTags("请看<a href=\"#/x\">这里</a>。")).isEqualTo(htmlTags("See <a href=\"#/x\">here</a>."));
        assertThat(htmlTags("<空值>")).isEqualTo(htmlTags("<null>"));
    }

    @Test
    void allows_a_blank_value_only_for_an_english_plural_suffix() {
        assertThat(isBlank(json("\"\""))).isTrue();
        assertThat(isBlank(json("[\"一月\", \" \"]"))).isTrue();
        assertThat(isBlank(json("\"保存\""))).isFalse();
        assertThat(mayBeBlank(json("\"s\""))).isTrue();
        assertThat(mayBeBlank(json("\"Save\""))).isFalse();
    }
}
