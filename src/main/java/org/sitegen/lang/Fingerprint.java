package org.sitegen.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint a translation records in {@code translated_from}: the first 12 hexadecimal digits of the SHA-256
 * of the source file's bytes, with line endings normalised to LF (so a checkout with CRLF gives the same value).
 */
public final class Fingerprint {
    public static final int LENGTH = 12;

    private Fingerprint() {
    }

    public static String of(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    public static String of(byte[] bytes) {
        byte[] normalised = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                normalised[n++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                normalised[n++] = b;
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(normalised, 0, n);
            return HexFormat.of().formatHex(sha256.digest()).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** For tests and messages: the fingerprint of a text written as UTF-8. */
    public static String ofText(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
