package org.budgetflow.workbook;

import org.budgetflow.classification.CodeListKind;

/**
 * One column of a table sheet, or one field (row) of a form sheet: its Chinese header, the budget-v1 field it holds,
 * how its cells are written and read, and the note shown on its header.
 *
 * @param header   the Chinese header (or, on a form sheet, the label in column A)
 * @param field    the budget-v1 field, e.g. {@code lines[].amount}
 * @param kind     how cells are written and read
 * @param required whether a row (or the form) must give a value
 * @param digits   for {@link CellKind#DIGITS} and {@link CellKind#CLASSIFICATION}: the number of digits
 * @param choices  for {@link CellKind#CHOICE}: the allowed values
 * @param codes    for {@link CellKind#CLASSIFICATION}: the code list
 * @param flagDefault for yes/no columns: the value of an empty cell (null when the column is not a flag)
 * @param list     a defined name whose cells are offered as a drop-down list, besides choices and codes (or null)
 * @param meaning  what the column means, for the note
 * @param example  an example value, for the note
 * @param width    the column width in characters
 */
record Column(String header, String field, CellKind kind, boolean required, int digits, Choices<?> choices,
              CodeListKind codes, Boolean flagDefault, String list, String meaning, String example, int width) {

    static Column text(String header, String field, String meaning, String example, int width) {
        return new Column(header, field, CellKind.TEXT, false, 0, null, null, null, null, meaning, example, width);
    }

    static Column requiredText(String header, String field, String meaning, String example, int width) {
        return new Column(header, field, CellKind.TEXT, true, 0, null, null, null, null, meaning, example, width);
    }

    static Column digits(String header, String field, int digits, String meaning, String example) {
        return new Column(header, field, CellKind.DIGITS, true, digits, null, null, null, null, meaning, example,
                Math.max(10, header.length() * 2 + 2));
    }

    static Column amount(String header, String field, boolean required, String meaning, String example) {
        return new Column(header, field, CellKind.AMOUNT, required, 0, null, null, null, null, meaning, example, 16);
    }

    static Column integer(String header, String field, boolean required, String meaning, String example) {
        return new Column(header, field, CellKind.INTEGER, required, 0, null, null, null, null, meaning, example, 12);
    }

    static Column choice(String header, String field, Choices<?> choices, String meaning, int width) {
        return new Column(header, field, CellKind.CHOICE, true, 0, choices, null, null, null, meaning,
                choices.labels().get(0), width);
    }

    /** A yes/no column; an empty cell means {@code flagDefault}. */
    static Column flag(String header, String field, boolean flagDefault, String meaning) {
        return new Column(header, field, CellKind.CHOICE, false, 0, Choices.YES_NO, null, flagDefault, null,
                meaning, flagDefault ? "是" : "否", Math.max(10, header.length() * 2 + 2));
    }

    static Column classification(String header, String field, CodeListKind codes, int digits, String meaning,
                                 String example) {
        return new Column(header, field, CellKind.CLASSIFICATION, true, digits, null, codes, null, null, meaning,
                example, 34);
    }

    /** The same column offering the cells of a defined name as a drop-down list. */
    Column withList(String definedName) {
        return new Column(header, field, kind, required, digits, choices, codes, flagDefault, definedName, meaning,
                example, width);
    }

    /** How to fill the column in, for the note and for messages. */
    String format() {
        return switch (kind) {
            case TEXT -> "文本";
            case DIGITS -> digits + " 位数字（文本格式）";
            case AMOUNT -> "数字，最多两位小数，单位万元";
            case INTEGER -> "整数";
            case CHOICE -> "下拉选择：" + String.join("、", choices.labels());
            case CLASSIFICATION -> digits + " 位科目代码；可从下拉列表选择“代码 名称”，也可只填代码";
        };
    }

    /** The note on the header: field, meaning, format, example. */
    String note() {
        StringBuilder note = new StringBuilder();
        note.append("budget-v1 字段：").append(field).append('\n');
        note.append(meaning).append('\n');
        note.append("格式：").append(format());
        if (flagDefault != null) {
            note.append("；不填视为“").append(flagDefault ? "是" : "否").append('”');
        }
        note.append('\n');
        note.append(required ? "必填" : "选填");
        if (example != null) {
            note.append("。示例：").append(example);
        }
        return note.toString();
    }
}
