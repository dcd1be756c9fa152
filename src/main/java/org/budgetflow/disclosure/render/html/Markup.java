package org.budgetflow.disclosure.render.html;

/**
 * Writes well-formed XHTML (which is also valid HTML5): every text and attribute value is escaped, characters
 * that XML cannot carry are dropped, so that the same markup feeds a browser and the XHTML-based PDF renderer and
 * nothing from the budget can become markup (a name containing {@code <script>} stays text). Shared by the
 * disclosure page, the congress review book and the public portal.
 */
public final class Markup {
    private final StringBuilder out;

    public Markup(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Opens an element; {@code attributes} are name/value pairs, a null value omits the attribute. */
    public Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An empty element written as {@code <tag/>} (a void element such as meta or col). */
    public Markup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element with text content (null = empty element). */
    public Markup element(String tag, String text, String... attributes) {
        open(tag, attributes);
        text(text);
        return close(tag);
    }

    public Markup text(String text) {
        escape(text, false);
        return this;
    }

    /** Trusted markup written as is: only constants of the caller (a stylesheet, the doctype) or markup this class wrote. */
    public Markup raw(String trusted) {
        out.append(trusted);
        return this;
    }

    public Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The text escaped for an element's content or an attribute value. */
    public static String escape(String text) {
        Markup markup = new Markup(text == null ? 0 : text.length() + 16);
        markup.escape(text, true);
        return markup.toString();
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
                case '\n', '\t' -> out.append(attribute ? ' ' : c);
                case '\r' -> {
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** XML 1.0 characters of the basic plane (unpaired surrogates and control characters are not). */
    private static boolean allowedInXml(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
