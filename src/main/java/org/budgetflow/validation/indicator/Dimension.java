package org.budgetflow.validation.indicator;

/** What a unit of an indicator value measures. */
public enum Dimension {
    /** 元, 万元, 亿元 … (also per-unit money such as 元/人/月). */
    MONEY,
    /** "万" or "亿" without a base unit: 万元 in a cost indicator, otherwise unknown. */
    BARE_MULTIPLIER,
    /** %, ‰, 个百分点. */
    PERCENT,
    /** Things counted: 个, 部, 次, 种, 台, 户 … */
    COUNT,
    /** People counted: 人, 名, 位, 人次. */
    PERSONS,
    /** 天, 小时, 个工作日, 月 … */
    DURATION,
    /** Area, length, weight, volume. */
    PHYSICAL,
    /** 分 (a score). */
    SCORE,
    /** 倍. */
    RATIO
}
