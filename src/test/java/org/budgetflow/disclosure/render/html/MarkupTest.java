package org.budgetflow.disclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Escaping of text and attribute values, and characters XML cannot carry. */
class MarkupTest {

    @Test
    void escapes_markup_characters_in_text_and_attributes() {
        String out = new Markup(64).element("td", "<b>A&B</b> \"q\" 'a'", "title", "x\"><script>").toString();

        assertThat(out).isEqualTo("<td title=\"x&quot;&gt;&lt;script&gt;\">&lt;b&gt;A&amp;B&lt;/b&gt; \"q\" 'a'</td>");
    }

    @Test
    void drops_control_characters_and_unpaired_surrogates_but_keeps_supplementary_characters() {
        String out = new Markup(64).text("a\u0001b\u0000c\uD800d\uD842\uDFB7e").toString();

        assertThat(out).isEqualTo("abcd\uD842\uDFB7e");
    }

    @Test
    void omits_attributes_whose_value_is_null_and_keeps_an_empty_element_empty() {
        assertThat(new Markup(16).element("td", null, "rowspan", null, "class", "num").toString())
                .isEqualTo("<td class=\"num\"></td>");
    }

    @Test
    void refuses_attributes_that_do_not_come_in_pairs() {
        assertThatThrownBy(() -> new Markup(16).open("td", "class")).isInstanceOf(IllegalArgumentException.class);
    }
}
