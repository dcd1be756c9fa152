package org.budgetflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 reads it for GET (weak comparison, lists, *). */
class PortalControllerTest {
    private static final String TAG = "\"abc\"";

    @Test
    void matches_the_same_tag_a_weak_copy_a_tag_in_a_list_and_a_star() {
        assertThat(PortalController.matches(TAG, TAG)).isTrue();
        assertThat(PortalController.matches("W/\"abc\"", TAG)).isTrue();
        assertThat(PortalController.matches("\"x\", \"abc\"", TAG)).isTrue();
        assertThat(PortalController.matches("*", TAG)).isTrue();
    }

    @Test
    void does_not_match_another_tag_an_unquoted_one_or_no_header() {
        assertThat(PortalController.matches("\"abd\"", TAG)).isFalse();
        assertThat(PortalController.matches("abc", TAG)).isFalse();
        assertThat(PortalController.matches(null, TAG)).isFalse();
        assertThat(PortalController.matches(" ", TAG)).isFalse();
    }
}
