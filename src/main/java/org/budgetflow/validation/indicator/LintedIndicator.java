package org.budgetflow.validation.indicator;

/**
 * One indicator as the lint sees it: a project indicator (table 13) or a row of the department's overall targets
 * (table 12), with its value parsed once.
 */
public interface LintedIndicator {

    /** 一级指标 as the lint classifies it. */
    enum Level {
        /** 投入管理指标 (table 12 only). */
        INPUT,
        COST,
        OUTPUT,
        BENEFIT,
        SATISFACTION,
        OTHER
    }

    Level level();

    /** 二级指标 as written, or null. */
    String level2();

    /** 三级指标 (the indicator's name) as written, never null. */
    String name();

    IndicatorValue value();

    /** JSON path of the indicator: {@code projects[3].indicators[2]} or {@code departmentPerformance.indicators[24]}. */
    String location();

    /**
     * The indicator in words for a message, without its value: {@code 项目“党建工作经费”（410303220000000012418）满意度指标“党员、党支部、单位职工”}
     * or {@code 整体绩效目标（表12）效益指标—满意度“提高辖区居民生活质量，增加幸福感”}.
     */
    String describe();

    /** {@link #describe()} followed by the value as written. */
    default String describeWithValue() {
        return describe() + value().text().strip();
    }

    default boolean isSatisfaction() {
        return level() == Level.SATISFACTION;
    }
}
