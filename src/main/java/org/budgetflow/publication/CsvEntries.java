package org.budgetflow.publication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The per-table CSV files inside a published {@code csv.zip} ({@code table-01.csv} …). */
public final class CsvEntries {
    /** The name of a table's CSV file, the only names served. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,60}\\.csv");
    private static final long MAX_ENTRY = 16L * 1024 * 1024;

    private CsvEntries() {
    }

    /** The CSV file names in the archive, in archive order. */
    public static List<String> names(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = fileName(entry);
                if (!entry.isDirectory() && NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a published csv.zip", e);
        }
        return names;
    }

    /** The bytes of one CSV file of the archive. */
    public static Optional<byte[]> entry(byte[] zip, String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && fileName(entry).equals(name)) {
                    return Optional.of(read(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a published csv.zip", e);
        }
        return Optional.empty();
    }

    private static String fileName(ZipEntry entry) {
        String name = entry.getName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_ENTRY) {
                throw new IOException("A CSV entry is larger than " + MAX_ENTRY + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
