package org.budgetflow.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates an XLSX file's zip entries once, counting bytes, before anything parses them: too many entries, an entry
 * or a total that decompresses past the limits, or a decompression ratio no real workbook reaches (a zip bomb) make
 * the file unreadable. Memory use is one buffer; nothing is kept.
 */
final class ZipGuard {
    /** Below this decompressed total the ratio is not judged (tiny files compress oddly). */
    private static final long GRACE_BYTES = 4L * 1024 * 1024;

    private ZipGuard() {
    }

    /** Null when the file passes, else the Chinese reason. */
    static String check(byte[] file, WorkbookLimits limits) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    return "文件包含的部件超过 " + limits.maxEntries() + " 个，不是正常的 Excel 工作簿";
                }
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        return "文件中的部件 " + entry.getName() + " 解压后超过 "
                                + WorkbookLimits.megabytes(limits.maxEntryBytes()) + "，疑似压缩炸弹，拒绝导入";
                    }
                    if (total > limits.maxInflatedBytes()) {
                        return "文件解压后超过 " + WorkbookLimits.megabytes(limits.maxInflatedBytes())
                                + "，疑似压缩炸弹，拒绝导入";
                    }
                    if (total > GRACE_BYTES && total > (long) limits.maxInflateRatio() * file.length) {
                        return "文件压缩比异常（" + WorkbookLimits.megabytes(file.length) + " 的文件解压后已超过 "
                                + WorkbookLimits.megabytes(total) + "），疑似压缩炸弹，拒绝导入";
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return "文件已损坏，无法按 xlsx（zip）格式解压：" + e.getMessage();
        }
        return entries == 0 ? "文件不是 Excel 工作簿（.xlsx）：没有可读取的内容" : null;
    }
}
