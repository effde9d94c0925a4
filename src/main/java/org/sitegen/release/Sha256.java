package org.sitegen.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lowercase hex, the form {@code release.json} stores. */
public final class Sha256 {
    /** The digest of {@code bytes}, e.g. a page's HTML as written. */
    public String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest of the UTF-8 bytes of {@code text}, e.g. a disclaimer's visible text. */
    public String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
