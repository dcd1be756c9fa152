package org.budgetflow.disclosure;

/**
 * A 支出功能分类 类 row of the template.
 *
 * @param code        the 3-digit class code ("212")
 * @param label01     the label table 01 prints ("十二、城乡社区事务")
 * @param label04     the label table 04 prints ("（十二）城乡社区事务支出")
 */
public record FunctionClass(String code, String label01, String label04) {
    /** The template's ordinal: class code − 200. */
    public int ordinal() {
        return Integer.parseInt(code) - 200;
    }
}
