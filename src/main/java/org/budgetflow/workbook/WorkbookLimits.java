package org.budgetflow.workbook;

/**
 * What the reader accepts before it gives up: file size, decompressed size, number of zip entries, rows per sheet,
 * and how many errors it lists.
 *
 * @param maxBytes         the largest file accepted (checked before parsing)
 * @param maxEntryBytes    the largest decompressed part (e.g. one sheet's XML)
 * @param maxInflatedBytes the largest decompressed total of all parts
 * @param maxInflateRatio  the largest ratio of decompressed to compressed size (past a grace size): more is a zip bomb
 * @param maxEntries       the most parts (zip entries)
 * @param maxRows          the most non-empty rows per sheet
 * @param maxErrors        the most errors listed (further errors are only counted)
 */
public record WorkbookLimits(long maxBytes, long maxEntryBytes, long maxInflatedBytes, int maxInflateRatio,
                             int maxEntries, int maxRows, int maxErrors) {
    private static final long MB = 1024L * 1024L;

    /** 20 MB files, 100 MB per part, 256 MB in all, ratio 100, 1,000 parts, 200,000 rows, 50 listed errors. */
    public static final WorkbookLimits DEFAULT = new WorkbookLimits(20 * MB, 100 * MB, 256 * MB, 100, 1000, 200_000,
            50);

    /** The same limits with another file size limit. */
    public WorkbookLimits withMaxBytes(long bytes) {
        return new WorkbookLimits(bytes, maxEntryBytes, maxInflatedBytes, maxInflateRatio, maxEntries, maxRows,
                maxErrors);
    }

    /** The same limits with another row limit. */
    public WorkbookLimits withMaxRows(int rows) {
        return new WorkbookLimits(maxBytes, maxEntryBytes, maxInflatedBytes, maxInflateRatio, maxEntries, rows,
                maxErrors);
    }

    /** "20 MB" for messages. */
    static String megabytes(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : String.format("%.1f MB", bytes / (double) MB);
    }
}
