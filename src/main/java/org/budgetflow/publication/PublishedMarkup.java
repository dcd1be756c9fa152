package org.budgetflow.publication;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The narrative and the 13 tables as they were published: the {@code <main>} element of the stored
 * {@code disclosure.html}, which the disclosure renderer wrote with every text escaped. The portal shows exactly
 * the published wording and figures, inside its own page. A text from a budget cannot contain a literal
 * {@code <main>} or {@code </main>} tag there (its angle brackets are escaped), so the first opening and the last
 * closing tag delimit the element.
 */
public final class PublishedMarkup {
    private static final String OPEN = "<main>";
    private static final String CLOSE = "</main>";

    private PublishedMarkup() {
    }

    /** The content of the published page's {@code <main>} element, if the page has one. */
    public static Optional<String> main(byte[] publishedHtml) {
        String page = new String(publishedHtml, StandardCharsets.UTF_8);
        int open = page.indexOf(OPEN);
        int close = page.lastIndexOf(CLOSE);
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        return Optional.of(page.substring(open + OPEN.length(), close));
    }
}
