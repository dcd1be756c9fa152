package org.budgetflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.webapp.WebappLocales.copies;
import static org.budgetflow.webapp.WebappLocales.ourCopy;
import static org.budgetflow.webapp.WebappLocales.path;
import static org.budgetflow.webapp.WebappLocales.text;
import static org.budgetflow.webapp.WebappLocales.webjarCopy;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Our scripts/config.js of each webapp: it is found before the webjar's, declares Chinese first and as fallback,
 * and is otherwise the stock file of the Camunda version on the classpath.
 */
class ChineseWebappConfigTest {

    static final List<String> APPS = WebappLocales.APPS;

    private static final Pattern AVAILABLE = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern FALLBACK = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]");
    /** Our block: the explanatory comment starting with "BudgetFlow:" and the active locales property. */
    private static final Pattern OUR_BLOCK = Pattern.compile(
            "^  // BudgetFlow:.*?^  locales: \\{\\n.*?^  },\\n", Pattern.MULTILINE | Pattern.DOTALL);
    /** The stock file's commented-out example that our block replaces. */
    private static final Pattern STOCK_EXAMPLE = Pattern.compile(
            "^  // [\"']locales[\"']: \\{\\n(?:  //.*\\n){2}  //\\s*},\\n", Pattern.MULTILINE);

    /** The code of a config.js without its line comments. */
    static String code(String script) {
        return Arrays.stream(script.split("\n")).filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"));
    }

    static List<String> availableLocales(String script) {
        Matcher m = AVAILABLE.matcher(code(script));
        if (!m.find()) {
            return List.of();
        }
        return Arrays.stream(m.group(1).split(",")).map(s -> s.strip().replaceAll("^['\"]|['\"]$", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    static String fallbackLocale(String script) {
        Matcher m = FALLBACK.matcher(code(script));
        return m.find() ? m.group(1) : null;
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void is_found_before_the_config_of_the_camunda_webjar(String app) {
        List<URL> copies = copies(path(app, "scripts/config.js"));

        assertThat(copies).hasSizeGreaterThanOrEqualTo(2);
        assertThat(copies.get(0)).isEqualTo(ourCopy(path(app, "scripts/config.js")));
        assertThat(copies).contains(webjarCopy(path(app, "scripts/config.js")));
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void declares_chinese_first_then_english_with_chinese_as_fallback(String app) {
        String ours = text(copies(path(app, "scripts/config.js")).get(0));

        assertThat(availableLocales(ours)).containsExactly("zh", "en");
        assertThat(fallbackLocale(ours)).isEqualTo("zh");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void is_otherwise_the_stock_config_of_the_camunda_version_on_the_classpath(String app) {
        String ours = text(ourCopy(path(app, "scripts/config.js")));
        String stock = text(webjarCopy(path(app, "scripts/config.js")));

        assertThat(OUR_BLOCK.matcher(ours).results().count()).isEqualTo(1);
        assertThat(STOCK_EXAMPLE.matcher(stock).results().count()).isEqualTo(1);
        assertThat(OUR_BLOCK.matcher(ours).replaceAll("")).isEqualTo(STOCK_EXAMPLE.matcher(stock).replaceAll(""));
    }

    @Test
    void reads_no_locales_from_the_commented_out_example_of_the_stock_config() {
        String stock = text(webjarCopy(path("tasklist", "scripts/config.js")));

        assertThat(availableLocales(stock)).isEmpty();
        assertThat(fallbackLocale(stock)).isNull();
    }

    @Test
    void reads_the_locales_of_an_active_property() {
        String script = """
                export default {
                  // locales: { availableLocales: ['en'] },
                  locales: {
                    availableLocales: ["de", 'en'],
                    fallbackLocale: "de"
                  }
                };
                """;

        assertThat(availableLocales(script)).containsExactly("de", "en");
        assertThat(fallbackLocale(script)).isEqualTo("de");
    }
}
