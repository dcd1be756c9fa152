package org.budgetflow.budget;

/** A project performance indicator, its value as written (e.g. "≤10.5万元"). */
public record Indicator(IndicatorCategory category, String level2, String name, String value) {
}
