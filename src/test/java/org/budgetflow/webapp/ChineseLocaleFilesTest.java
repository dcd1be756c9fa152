package org.budgetflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.webapp.WebappLocales.copies;
import static org.budgetflow.webapp.WebappLocales.flatten;
import static org.budgetflow.webapp.WebappLocales.htmlTags;
import static org.budgetflow.webapp.WebappLocales.isBlank;
import static org.budgetflow.webapp.WebappLocales.json;
import static org.budgetflow.webapp.WebappLocales.keysMissingIn;
import static org.budgetflow.webapp.WebappLocales.mayBeBlank;
import static org.budgetflow.webapp.WebappLocales.ourCopy;
import static org.budgetflow.webapp.WebappLocales.path;
import static org.budgetflow.webapp.WebappLocales.placeholders;
import static org.budgetflow.webapp.WebappLocales.webjarCopy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Our Chinese locale file of each Camunda webapp against the English file of the Camunda webapp webjar on the
 * classpath: same keys, every value filled, placeholders and markup kept, labels actually translated. A Camunda
 * upgrade that adds or renames labels fails here until zh.json follows.
 */
class ChineseLocaleFilesTest {

    static final List<String> APPS = WebappLocales.APPS;

    /** Labels that stay as they are in the Chinese UI: product names, symbols, formats, technical tokens. */
    private static final Set<String> KEPT_AS_IS = Set.of("Admin", "Camunda", "Cockpit", "Tasklist", "Camunda Cockpit",
            "Optimize", "ID", "ID*", "CSV", "JSON", "null", "YYYY-MM-DDTHH:mm:ss");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

    private static Map<String, JsonNode> english(String app) {
        return flatten(json(webjarCopy(path(app, "locales/en.json"))));
    }

    private static Map<String, JsonNode> chinese(String app) {
        return flatten(json(ourCopy(path(app, "locales/zh.json"))));
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void has_exactly_the_keys_of_the_english_file_of_the_camunda_webjar(String app) {
        Map<String, JsonNode> english = english(app);
        Map<String, JsonNode> chinese = chinese(app);

        assertThat(keysMissingIn(english, chinese)).as("keys of %s missing in zh.json", webjarCopy(
                path(app, "locales/en.json"))).isEmpty();
        assertThat(keysMissingIn(chinese, english)).as("keys of zh.json that en.json does not have").isEmpty();
        assertThat(chinese).hasSizeGreaterThan(100);
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void gives_every_key_a_value(String app) {
        Map<String, JsonNode> english = english(app);
        List<String> blank = new ArrayList<>();
        chinese(app).forEach((key, value) -> {
            if (isBlank(value) && !mayBeBlank(english.get(key))) {
                blank.add(key);
            }
            if (value.isArray()) {
                assertThat(value.size()).as(key).isEqualTo(english.get(key).size());
            }
        });

        assertThat(blank).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void keeps_every_placeholder_of_the_english_label(String app) {
        Map<String, JsonNode> english = english(app);
        List<String> broken = new ArrayList<>();
        chinese(app).forEach((key, value) -> {
            if (value.isTextual() && !placeholders(english.get(key).asText()).equals(placeholders(value.asText()))) {
                broken.add(key + ": " + english.get(key).asText() + " -> " + value.asText());
            }
        });

        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void keeps_the_html_markup_of_the_english_label(String app) {
        Map<String, JsonNode> english = english(app);
        List<String> broken = new ArrayList<>();
        chinese(app).forEach((key, value) -> {
            if (value.isTextual() && !htmlTags(english.get(key).asText()).equals(htmlTags(value.asText()))) {
                broken.add(key + ": " + english.get(key).asText() + " -> " + value.asText());
            }
        });

        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void translates_every_label_but_product_names_and_symbols(String app) {
        // date formats (dateLocales.longDateFormat.LT "HH:mm") are tokens, not words: only labels and arrays count
        Map<String, JsonNode> english = english(app);
        List<String> untranslated = new ArrayList<>();
        chinese(app).forEach((key, value) -> {
            String original = english.get(key).toString();
            if (key.startsWith("labels.") && value.toString().equals(original)
                    && LATIN_LETTER.matcher(value.asText()).find() && !KEPT_AS_IS.contains(value.asText())) {
                untranslated.add(key + ": " + value.asText());
            }
            if (value.isArray() && value.equals(english.get(key))) {
                untranslated.add(key);
            }
        });

        assertThat(untranslated).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void exists_only_in_our_resources_so_nothing_of_camunda_shadows_it(String app) {
        List<URL> copies = copies(path(app, "locales/zh.json"));

        assertThat(copies).hasSize(1);
        assertThat(copies.get(0)).isEqualTo(ourCopy(path(app, "locales/zh.json")));
    }
}
