package org.budgetflow.disclosure.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The template's wording of the narrative, cover and table captions, read from
 * {@code /disclosure/narrative-template.properties} (UTF-8) or any properties with the same keys.
 */
public final class NarrativeTemplate {
    public static final String DEFAULT_RESOURCE = "/disclosure/narrative-template.properties";

    private final Properties texts;

    public NarrativeTemplate(Properties texts) {
        this.texts = new Properties();
        this.texts.putAll(texts);
    }

    public static NarrativeTemplate loadDefault() {
        try (InputStream in = NarrativeTemplate.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + DEFAULT_RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new NarrativeTemplate(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The text of a key; with arguments, formatted as a {@link java.util.Formatter} pattern. */
    public String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("narrative template: no text for key " + key);
        }
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }
}
