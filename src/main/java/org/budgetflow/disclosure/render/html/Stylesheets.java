package org.budgetflow.disclosure.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** The inline stylesheets of the page: a shared base and one per {@link Medium}, read from the classpath once. */
final class Stylesheets {
    static final String BASE = "disclosure/html/base.css";

    private final Map<Medium, String> byMedium = new EnumMap<>(Medium.class);

    Stylesheets(Map<Medium, String> css) {
        for (Map.Entry<Medium, String> e : css.entrySet()) {
            // the stylesheet is written unescaped into a page that is also parsed as XML
            if (e.getValue().contains("<") || e.getValue().contains("&")) {
                throw new IllegalArgumentException("stylesheet for " + e.getKey() + " contains '<' or '&'");
            }
            byMedium.put(e.getKey(), e.getValue());
        }
    }

    static Stylesheets loadDefault() {
        String base = read(BASE);
        Map<Medium, String> css = new EnumMap<>(Medium.class);
        for (Medium medium : Medium.values()) {
            css.put(medium, base + "\n" + read(medium.stylesheet()));
        }
        return new Stylesheets(css);
    }

    String css(Medium medium) {
        return byMedium.get(medium);
    }

    private static String read(String resource) {
        try (InputStream in = Stylesheets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
