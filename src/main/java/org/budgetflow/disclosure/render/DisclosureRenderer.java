package org.budgetflow.disclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetflow.disclosure.model.Disclosure;

/**
 * One output form of a disclosure (JSON, XLSX, CSV, HTML, PDF). A renderer is stateless and thread-safe, and
 * deterministic: the same disclosure gives the same bytes.
 * <p>
 * Most renderers write one file, {@link #fileName()} in the output folder. A renderer whose output is several files
 * (CSV: one per table) names a folder instead, overrides {@link #writeInto(Disclosure, Path)} to write it, and streams
 * the same files as a ZIP archive from {@link #render(Disclosure, OutputStream)} (for a download).
 */
public interface DisclosureRenderer {

    /** The file ("disclosure.xlsx") or folder ("csv") this renderer writes in the output folder. */
    String fileName();

    /** Writes the rendering to {@code out}; does not close it. */
    void render(Disclosure disclosure, OutputStream out) throws IOException;

    /** Writes the rendering as {@code dir/fileName()}; the default writes {@link #render} into one file. */
    default void writeInto(Disclosure disclosure, Path dir) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(fileName()))) {
            render(disclosure, out);
        }
    }
}
