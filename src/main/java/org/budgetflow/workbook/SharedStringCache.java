package org.budgetflow.workbook;

import org.apache.poi.xssf.model.SharedStrings;

/**
 * The workbook's shared strings as plain Strings: POI builds a rich-text object (an XmlBeans tree) on every lookup,
 * which would dominate the import; each distinct string is converted once here.
 */
final class SharedStringCache {
    private final SharedStrings table;
    private final String[] cache;

    SharedStringCache(SharedStrings table) {
        this.table = table;
        this.cache = new String[Math.max(0, table.getUniqueCount())];
    }

    /** The string at an index. @throws RuntimeException when the index is not in the table */
    String get(int index) {
        if (index >= 0 && index < cache.length) {
            String cached = cache[index];
            if (cached == null) {
                cached = table.getItemAt(index).getString();
                cache[index] = cached;
            }
            return cached;
        }
        return table.getItemAt(index).getString();
    }
}
