package org.budgetflow.disclosure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The 支出功能分类 类 rows tables 01 and 04 print, in order, with the template's labels. The bundled list is
 * {@code /disclosure/function-classes.tsv} (its header cites the source); each label's ordinal must equal the class
 * code − 200 (rule V03).
 */
public final class FunctionClasses {
    public static final String DEFAULT_RESOURCE = "/disclosure/function-classes.tsv";

    private final Map<String, FunctionClass> byCode = new LinkedHashMap<>();

    public FunctionClasses(List<FunctionClass> classes) {
        for (FunctionClass c : classes) {
            check(c);
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("duplicate function class " + c.code());
            }
        }
    }

    public static FunctionClasses loadDefault() {
        try (InputStream in = FunctionClasses.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + DEFAULT_RESOURCE);
            }
            return new FunctionClasses(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    private static List<FunctionClass> parse(BufferedReader reader) throws IOException {
        List<FunctionClass> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("function-classes: expected 3 tab-separated fields: " + line);
            }
            out.add(new FunctionClass(f[0].trim(), f[1].trim(), f[2].trim()));
        }
        return out;
    }

    private static void check(FunctionClass c) {
        String ordinal = ChineseNumerals.of(c.ordinal());
        if (!c.label01().startsWith(ordinal + "、") || !c.label04().startsWith("（" + ordinal + "）")) {
            throw new IllegalArgumentException("function class " + c.code() + ": labels must carry ordinal "
                    + ordinal + " (class code − 200): " + c.label01() + " / " + c.label04());
        }
    }

    /** The template's rows, in order. */
    public List<FunctionClass> template() {
        return List.copyOf(byCode.values());
    }

    /**
     * The template's rows plus a row for each of {@code present} that the template does not print (a class the code
     * list has but this template omits), all in class-code order. Such a row is labelled with its ordinal and its
     * name from {@code nameOf} (the class code when no name is known).
     */
    public List<FunctionClass> covering(Collection<String> present, Function<String, String> nameOf) {
        Map<String, FunctionClass> rows = new LinkedHashMap<>(byCode);
        for (String code : present) {
            if (!rows.containsKey(code) && code.matches("2\\d\\d") && !code.equals("200")) {
                String ordinal = ChineseNumerals.of(Integer.parseInt(code) - 200);
                String name = nameOf.apply(code);
                String label = name == null ? code : name;
                rows.put(code, new FunctionClass(code, ordinal + "、" + label, "（" + ordinal + "）" + label));
            }
        }
        return rows.values().stream().sorted(Comparator.comparing(FunctionClass::code)).toList();
    }
}
