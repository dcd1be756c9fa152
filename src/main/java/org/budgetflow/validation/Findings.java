package org.budgetflow.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the rules of one run. Not thread-safe. */
public final class Findings {
    private final List<Finding> list = new ArrayList<>();

    public void add(Finding finding) {
        list.add(finding);
    }

    public void error(String rule, String location, String message) {
        add(Finding.error(rule, location, message));
    }

    public void warning(String rule, String location, String message) {
        add(Finding.warning(rule, location, message));
    }

    public List<Finding> toList() {
        return List.copyOf(list);
    }
}
