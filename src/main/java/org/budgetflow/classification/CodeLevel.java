package org.budgetflow.classification;

/** A level of a classification code: 类 (3 digits), 款 (5 digits), 项 (7 digits, functional codes only). */
public enum CodeLevel {
    CLASS("类", 3),
    SECTION("款", 5),
    ITEM("项", 7);

    private final String label;
    private final int length;

    CodeLevel(String label, int length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    /** Number of digits of a code at this level. */
    public int length() {
        return length;
    }

    /** The level of a code by its length, or null when the length fits no level. */
    public static CodeLevel ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (CodeLevel level : values()) {
            if (level.length == code.length()) {
                return level;
            }
        }
        return null;
    }

    /** The level above this one, or null for 类. */
    public CodeLevel parent() {
        return switch (this) {
            case CLASS -> null;
            case SECTION -> CLASS;
            case ITEM -> SECTION;
        };
    }

    static CodeLevel ofId(String id) {
        for (CodeLevel level : values()) {
            if (level.name().equalsIgnoreCase(id) || level.label.equals(id)) {
                return level;
            }
        }
        return null;
    }
}
