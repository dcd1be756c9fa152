package org.budgetflow.disclosure.render.html;

/**
 * What the page is made for. {@link #SCREEN}: the published HTML page (reads on a screen and a phone, prints with
 * {@code @media print}); {@link #PDF}: the print-only XHTML the PDF renderer lays out (named landscape pages, page
 * numbers, page references in the table of contents, PDF bookmarks, the embedded font's family).
 */
public enum Medium {
    SCREEN("disclosure/html/screen.css"),
    PDF("disclosure/html/pdf.css");

    private final String stylesheet;

    Medium(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The classpath resource of this medium's stylesheet (added to the shared base stylesheet). */
    String stylesheet() {
        return stylesheet;
    }
}
