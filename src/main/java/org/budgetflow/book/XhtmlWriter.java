package org.budgetflow.book;

/**
 * Writes well-formed XHTML for the PDF layout: every text and attribute value is escaped and characters XML cannot
 * carry are dropped, so nothing from a budget can become markup (a name containing {@code <script>} stays text).
 */
final class XhtmlWriter {
    private final StringBuilder out;

    XhtmlWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Opens an element; {@code attributes} are name/value pairs, a null value omits the attribute. */
    XhtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    XhtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    XhtmlWriter empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element with escaped text content (null: empty element). */
    XhtmlWriter element(String tag, String text, String... attributes) {
        open(tag, attributes);
        text(text);
        return close(tag);
    }

    XhtmlWriter text(String text) {
        escape(text, false);
        return this;
    }

    /** Trusted markup written as is: only constants of this package (doctype, stylesheet). */
    XhtmlWriter raw(String trusted) {
        out.append(trusted);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private void escape(String text, boolean attribute) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\n', '\t' -> out.append(attribute ? ' ' : c);
                case '\r' -> {
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if ((c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
