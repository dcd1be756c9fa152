package org.budgetflow.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an XLSX as POI saved it) with every entry dated 2000-01-01 00:00, in the same order and with the
 * same content, so that the same workbook always gives the same bytes (POI stamps entries with the current time).
 */
final class ReproducibleZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static byte[] of(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED);
                rewritten.putNextEntry(copy);
                int n;
                while ((n = in.read(buffer)) > 0) {
                    rewritten.write(buffer, 0, n);
                }
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
