package org.budgetflow.disclosure.render.xlsx;

/**
 * The printed width of text in character units of the default font: a CJK or full-width character counts two. Used
 * to size columns and wrapped rows without asking the machine's fonts (so the workbook is the same everywhere).
 */
final class TextWidth {
    private TextWidth() {
    }

    static int of(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The widest line of a text that may contain line breaks. */
    static int widestLine(String text) {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, of(line));
        }
        return widest;
    }

    /** How many lines the text takes when wrapped at {@code columns} character units. */
    static int lines(String text, int columns) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, columns);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (of(line) + perLine - 1) / perLine);
        }
        return lines;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F)   // CJK punctuation
                || (cp >= 0xFF00 && cp <= 0xFFEF)   // full-width forms
                || (cp >= 0x2018 && cp <= 0x201F);  // curly quotes, printed full width in CJK fonts
    }
}
