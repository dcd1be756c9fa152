package org.budgetflow.validation.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the indicator lint, kept as data (classpath {@code /lint/*.txt}) so that reviewers can extend them
 * without a code change.
 *
 * @param capTerms                L3: name terms of output indicators that are caps by nature (成本, 时间, 投诉 …)
 * @param subjectGroups           L9: kinds of project and their terms (棚户区, 老旧小区, 电梯 …)
 * @param misspellings            L10: wrong spelling → right spelling (父爱率 → 覆盖率)
 * @param repeatedWordExceptions  L10: reduplications that are correct Chinese
 */
public record LintReferenceData(List<String> capTerms, List<SubjectGroup> subjectGroups,
                                Map<String, String> misspellings, List<String> repeatedWordExceptions) {

    public static final String CAP_TERMS = "/lint/cap-terms.txt";
    public static final String SUBJECT_GROUPS = "/lint/subject-groups.txt";
    public static final String MISSPELLINGS = "/lint/misspellings.txt";
    public static final String REPEATED_WORD_EXCEPTIONS = "/lint/repeated-word-exceptions.txt";

    public LintReferenceData {
        capTerms = List.copyOf(capTerms);
        subjectGroups = List.copyOf(subjectGroups);
        misspellings = Map.copyOf(misspellings);
        repeatedWordExceptions = List.copyOf(repeatedWordExceptions);
    }

    /**
     * A kind of project.
     *
     * @param label  the group's name, used in messages
     * @param terms  words that name it
     * @param covers labels of groups whose work is part of this kind of project
     */
    public record SubjectGroup(String label, List<String> terms, Set<String> covers) {
        public SubjectGroup {
            terms = List.copyOf(terms);
            covers = Set.copyOf(covers);
        }

        /** The first term of this group that the text contains, or null. */
        public String termIn(String text) {
            if (text == null) {
                return null;
            }
            for (String t : terms) {
                if (text.contains(t)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** Loads the shipped lists from the classpath. */
    public static LintReferenceData load() {
        return new LintReferenceData(
                lines(CAP_TERMS),
                parseGroups(lines(SUBJECT_GROUPS)),
                parseMisspellings(lines(MISSPELLINGS)),
                lines(REPEATED_WORD_EXCEPTIONS));
    }

    /** "label = term term … | covered covered …" lines. */
    public static List<SubjectGroup> parseGroups(List<String> lines) {
        List<SubjectGroup> groups = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Subject group without '=': " + line);
            }
            String label = line.substring(0, eq).trim();
            String rest = line.substring(eq + 1);
            int bar = rest.indexOf('|');
            List<String> terms = words(bar < 0 ? rest : rest.substring(0, bar));
            List<String> covers = bar < 0 ? List.of() : words(rest.substring(bar + 1));
            groups.add(new SubjectGroup(label, terms, Set.copyOf(covers)));
        }
        return groups;
    }

    /** "wrong = right" lines. */
    public static Map<String, String> parseMisspellings(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Misspelling without '=': " + line);
            }
            map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return map;
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Non-blank lines that are not comments. */
    static List<String> lines(String resource) {
        try (InputStream in = LintReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lint list not on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
