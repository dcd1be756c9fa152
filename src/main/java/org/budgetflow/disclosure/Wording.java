package org.budgetflow.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The template's wording (titles, empty-table remarks, notes, narrative phrases), read from
 * {@code /disclosure/wording.properties} (UTF-8) or any properties with the same keys.
 */
public final class Wording {
    public static final String DEFAULT_RESOURCE = "/disclosure/wording.properties";

    private final Properties texts;

    public Wording(Properties texts) {
        this.texts = new Properties();
        this.texts.putAll(texts);
    }

    public static Wording loadDefault() {
        try (InputStream in = Wording.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + DEFAULT_RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Wording(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The text of a key, formatted with the arguments. */
    public String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("wording: no text for key " + key);
        }
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /** The printed title of a table with the year filled in. */
    public String title(String tableId, int year) {
        return text("table." + tableId + ".title", year);
    }

    /** "备注：<部门名称> <年>年无<…>安排的支出，故此表无数据。" for an empty table. */
    public String emptyRemark(String tableId, String departmentName, int year) {
        return text("remark.empty", departmentName, year, text("remark.subject." + tableId));
    }
}
