package org.budgetflow.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body ready to send: its bytes, media type and entity tag (the SHA-256 of the bytes, quoted), and the
 * {@code Content-Disposition} of a download ({@code null} for a page).
 */
public record Rendered(byte[] body, String contentType, String etag, String disposition) {

    public static Rendered page(byte[] body, String contentType) {
        return new Rendered(body, contentType, etagOf(sha256(body)), null);
    }

    /** A published file, whose stored SHA-256 is its entity tag. */
    public static Rendered download(byte[] body, String contentType, String sha256, String disposition) {
        return new Rendered(body, contentType, etagOf(sha256), disposition);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String etagOf(String sha256) {
        return "\"" + sha256 + "\"";
    }
}
