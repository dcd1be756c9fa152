package org.budgetflow.publication;

/**
 * Writes HTML where every text and attribute value is escaped: nothing from a budget (a department called
 * {@code <script>…}) can become markup. {@link #raw} is only for constants of this module and for the published
 * disclosure page's own (already escaped) markup.
 */
public final class Html {
    private final StringBuilder out;

    public Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Opens an element; {@code attributes} are name/value pairs, a null value omits the attribute. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A void element ({@code meta}, {@code input}) or an empty SVG element ({@code <rect/>}). */
    public Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element with text content (null = no content). */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public Html text(String text) {
        escape(text, false);
        return this;
    }

    /** Trusted markup written as is. */
    public Html raw(String trusted) {
        out.append(trusted);
        return this;
    }

    public Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The text escaped for an element's content or an attribute value. */
    public static String escape(String text) {
        Html html = new Html(text == null ? 0 : text.length() + 16);
        html.escape(text, true);
        return html.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
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
                case '\r' -> {
                }
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
