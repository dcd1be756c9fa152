package org.budgetflow.disclosure.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes ZIP archives whose bytes depend only on their entries: every entry gets the same fixed local date-time (so
 * the archive does not depend on the clock or the machine's time zone), no comment and no extra fields, and entries
 * keep their order. Used for the CSV archive and to normalise the XLSX package, which POI stamps with the current
 * time.
 */
public final class DeterministicZip {
    /** The timestamp written when none is given: 1 January 2000, 00:00 (within the ZIP's DOS date range). */
    public static final LocalDateTime DEFAULT_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final LocalDateTime entryTime;

    public DeterministicZip(LocalDateTime entryTime) {
        if (entryTime.getYear() < 1980 || entryTime.getYear() > 2107) {
            throw new IllegalArgumentException("a ZIP entry time must lie in 1980-2107: " + entryTime);
        }
        this.entryTime = entryTime.withSecond(entryTime.getSecond() & ~1).withNano(0);
    }

    public DeterministicZip() {
        this(DEFAULT_TIME);
    }

    /** Writes the entries (name → content) in map order. */
    public void write(Map<String, byte[]> entries, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out))) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(entryTime);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** Rewrites an archive with the same entries, in the same order, stamped with the fixed time. */
    public byte[] normalise(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(archive.length + 1024);
            write(entries, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite a ZIP archive", e);
        }
    }

    /** Lets the ZIP stream be closed (releasing its deflater) without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
