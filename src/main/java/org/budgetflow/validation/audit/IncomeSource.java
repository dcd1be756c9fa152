package org.budgetflow.validation.audit;

import java.util.Optional;

/**
 * The income rows 一…九 of table 01, how their labels are recognised, and the table 02 column that carries the
 * same money.
 */
public enum IncomeSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算", "本年收入_一般公共预算_小计"),
    GOVERNMENT_FUND("政府性基金", "本年收入_政府性基金"),
    STATE_CAPITAL("国有资本经营", "本年收入_国有资本经营预算"),
    SPECIAL_ACCOUNT("财政专户", "本年收入_财政专户管理资金收入"),
    OPERATING("事业单位经营", "本年收入_事业单位经营收入"),
    SERVICE("事业收入", "本年收入_事业收入"),
    SUPERIOR_SUBSIDY("上级补助", "本年收入_上级补助收入"),
    SUBORDINATE_REMITTANCE("附属单位上缴", "本年收入_附属单位上缴收入"),
    OTHER("其他收入", "本年收入_其他收入");

    private final String keyword;
    private final String table02Column;

    IncomeSource(String keyword, String table02Column) {
        this.keyword = keyword;
        this.table02Column = table02Column;
    }

    /** The word that identifies the source in a label, e.g. "政府性基金". */
    public String keyword() {
        return keyword;
    }

    public String table02Column() {
        return table02Column;
    }

    /** True for the three financial-appropriation (财政拨款) sources. */
    public boolean isFiscal() {
        return this == GENERAL_PUBLIC_BUDGET || this == GOVERNMENT_FUND || this == STATE_CAPITAL;
    }

    /** The source a label names ("二、政府性基金预算拨款收入" → GOVERNMENT_FUND), in declaration order. */
    public static Optional<IncomeSource> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        for (IncomeSource source : values()) {
            if (label.contains(source.keyword)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
