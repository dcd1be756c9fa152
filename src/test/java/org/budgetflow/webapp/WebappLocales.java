package org.budgetflow.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper for the Camunda webapp resources: finds a resource's copies on the classpath (ours in the build output,
 * Camunda's in the webapp webjar), reads locale files and compares an English and a Chinese locale file.
 */
final class WebappLocales {

    static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|\\{}");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|p|span|strong)\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebappLocales() {
    }

    static String path(String app, String file) {
        return APP_ROOT + app + "/" + file;
    }

    /** Every copy of a resource on the classpath, in lookup order (the first one is what gets served). */
    static List<URL> copies(String resource) {
        try {
            return Collections.list(WebappLocales.class.getClassLoader().getResources(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isInWebjar(URL url) {
        return url.toString().contains(WEBJAR);
    }

    /** Camunda's own copy of a webapp resource, from the webapp webjar on the classpath. */
    static URL webjarCopy(String resource) {
        return copies(resource).stream().filter(WebappLocales::isInWebjar).findFirst()
                .orElseThrow(() -> new AssertionError("not in the Camunda webjar: " + resource));
    }

    /** Our copy of a webapp resource (from the project's resources, not a jar). */
    static URL ourCopy(String resource) {
        return copies(resource).stream().filter(url -> !url.toString().startsWith("jar:")).findFirst()
                .orElseThrow(() -> new AssertionError("not among our resources: " + resource));
    }

    static String text(URL url) {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Camunda's locale files start with a UTF-8 byte order mark
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(URL url) {
        return json(text(url));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leaves of a locale file by dotted key ("labels.SAVE", "dateLocales.week.dow"); arrays are leaves. */
    static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", root, leaves);
        return leaves;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> leaves) {
        if (!node.isObject()) {
            leaves.put(prefix, node);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), leaves);
        }
    }

    /** Keys of the first map that the second one lacks, sorted. */
    static Set<String> keysMissingIn(Map<String, JsonNode> reference, Map<String, JsonNode> other) {
        Set<String> missing = new TreeSet<>(reference.keySet());
        missing.removeAll(other.keySet());
        return missing;
    }

    /** The interpolation placeholders ({{name}}, and {} of ng-pluralize) of a label, whitespace-normalised, sorted. */
    static List<String> placeholders(String label) {
        return sortedMatches(PLACEHOLDER, label);
    }

    /** The HTML tags of a label (links, line breaks, emphasis), sorted. */
    static List<String> htmlTags(String label) {
        return sortedMatches(HTML_TAG, label);
    }

    private static List<String> sortedMatches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 && m.group(1) != null ? "{{" + m.group(1) + "}}" : m.group());
        }
        Collections.sort(found);
        return found;
    }

    /** A blank value is only right where the English value is a bare plural suffix, which Chinese has no use for. */
    static boolean mayBeBlank(JsonNode english) {
        return english.isTextual() && english.asText().equals("s");
    }

    static boolean isBlank(JsonNode value) {
        if (value.isTextual()) {
            return value.asText().isBlank();
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (isBlank(element)) {
                    return true;
                }
            }
            return value.isEmpty();
        }
        return value.isNull() || value.isMissingNode();
    }
}
