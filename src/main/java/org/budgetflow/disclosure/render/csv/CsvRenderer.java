package org.budgetflow.disclosure.render.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTable;
import org.budgetflow.disclosure.render.DeterministicZip;
import org.budgetflow.disclosure.render.DisclosureRenderer;

/**
 * The folder {@code csv/} with one file per table, {@code table-01.csv} … {@code table-13.csv} (UTF-8 with BOM, CRLF,
 * RFC 4180; see {@link CsvTables} for the columns). {@link #render} streams the same files as a ZIP archive.
 */
public final class CsvRenderer implements DisclosureRenderer {
    public static final String FOLDER = "csv";

    @Override
    public String fileName() {
        return FOLDER;
    }

    /** The files by name ("table-01.csv"), in table order. */
    public Map<String, byte[]> files(Disclosure disclosure) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        CsvTables tables = new CsvTables();
        for (DisclosureTable table : disclosure.tables().all()) {
            files.put(fileName(table), table.accept(tables).bytes());
        }
        return files;
    }

    public static String fileName(DisclosureTable table) {
        return "table-" + table.id() + ".csv";
    }

    /** A ZIP archive of the files, stamped with 1 January of the budget year so that it is the same every time. */
    @Override
    public void render(Disclosure disclosure, OutputStream out) throws IOException {
        int year = Math.max(1980, Math.min(2107, disclosure.year()));
        new DeterministicZip(LocalDateTime.of(year, 1, 1, 0, 0)).write(files(disclosure), out);
    }

    @Override
    public void writeInto(Disclosure disclosure, Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(FOLDER));
        for (Map.Entry<String, byte[]> file : files(disclosure).entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
    }
}
