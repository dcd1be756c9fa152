package org.budgetflow.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;

/** The published files the portal offers, their labels, media types and download names. */
public final class Downloads {
    public static final String JSON = "disclosure.json";
    public static final String HTML = "disclosure.html";
    public static final String PDF = "disclosure.pdf";
    public static final String XLSX = "disclosure.xlsx";
    public static final String CSV_ZIP = "csv.zip";
    /** Every file of a publication that is served, in the order they are offered. */
    public static final List<String> FILES = List.of(PDF, XLSX, JSON, HTML, CSV_ZIP);
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";

    private static final Map<String, String> LABELS = Map.of(
            PDF, "PDF 文件", XLSX, "Excel 工作簿", JSON, "开放数据（JSON）", HTML, "网页文件（HTML）",
            CSV_ZIP, "全部表格（CSV 压缩包）");
    private static final Map<String, String> TYPES = Map.of(
            JSON, "application/json",
            HTML, "text/html; charset=UTF-8",
            PDF, "application/pdf",
            XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            CSV_ZIP, "application/zip");

    private Downloads() {
    }

    public static boolean offered(String fileName) {
        return FILES.contains(fileName);
    }

    public static String label(String fileName) {
        return LABELS.getOrDefault(fileName, fileName);
    }

    /** The media type to send: the stored one, else the file kind's. */
    public static String contentType(String fileName, String stored) {
        return stored != null && !stored.isBlank() ? stored : TYPES.getOrDefault(fileName, "application/octet-stream");
    }

    /** {@code attachment; filename="2023-310-v1-disclosure.pdf"}. */
    public static String disposition(int year, String departmentCode, int version, String fileName) {
        return ContentDisposition.attachment()
                .filename(year + "-" + departmentCode + "-v" + version + "-" + fileName, StandardCharsets.UTF_8)
                .build().toString();
    }
}
