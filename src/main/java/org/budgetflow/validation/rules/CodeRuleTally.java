package org.budgetflow.validation.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.Severity;

/**
 * Groups the lines of a budget by a key (a code, a code pair …) so that a rule reports each distinct problem once,
 * with its first line and the number of lines, and evaluates each distinct key once (the map doubles as the cache).
 * Used by the code rules C1, C2 and C4.
 */
final class CodeRuleTally<K> {

    /** What a rule has to say about a key; null when the key is fine. */
    record Issue(Severity severity, String message) {
    }

    static final class Entry {
        private final Issue issue;
        private final int firstLine;
        private final String field;
        private int count;
        private Set<String> units;

        private Entry(Issue issue, int firstLine, String field) {
            this.issue = issue;
            this.firstLine = firstLine;
            this.field = field;
        }

        int count() {
            return count;
        }

        int firstLine() {
            return firstLine;
        }

        /** The distinct unit codes seen for this key, in order of first appearance. */
        Set<String> units() {
            return units == null ? Set.of() : units;
        }
    }

    private final Map<K, Entry> entries = new LinkedHashMap<>();

    /** Counts one line under a key; the issue function runs once per distinct key. */
    Entry add(K key, int lineIndex, String field, Function<K, Issue> issue) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entry = new Entry(issue.apply(key), lineIndex, field);
            entries.put(key, entry);
        }
        entry.count++;
        return entry;
    }

    /** Like {@link #add} and remembers the line's unit (for messages naming the units). */
    Entry add(K key, int lineIndex, String field, String unitCode, Function<K, Issue> issue) {
        Entry entry = add(key, lineIndex, field, issue);
        if (entry.issue != null && unitCode != null) {
            if (entry.units == null) {
                entry.units = new LinkedHashSet<>();
            }
            entry.units.add(unitCode);
        }
        return entry;
    }

    /** Emits one finding per key with an issue, with the message built from the issue and the entry. */
    void report(String rule, Findings findings, MessageDecorator decorator) {
        for (Entry entry : entries.values()) {
            if (entry.issue == null) {
                continue;
            }
            String message = decorator.decorate(entry.issue.message(), entry) + lines(entry);
            String location = BudgetContext.line(entry.firstLine, entry.field);
            if (entry.issue.severity() == Severity.ERROR) {
                findings.error(rule, location, message);
            } else {
                findings.warning(rule, location, message);
            }
        }
    }

    void report(String rule, Findings findings) {
        report(rule, findings, (message, entry) -> message);
    }

    interface MessageDecorator {
        String decorate(String message, Entry entry);
    }

    private static String lines(Entry entry) {
        return "（涉及 " + entry.count + " 行，首行 " + BudgetContext.line(entry.firstLine) + "）";
    }
}
