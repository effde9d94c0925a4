package org.sitegen.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the source's current fingerprint into a translation's {@code translated_from}. */
public final class TranslationStamp {
    private static final Pattern NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z]{2,3})\\.md");
    private static final Pattern KEY = Pattern.compile("(?m)^translated_from:[^\\r\\n]*");

    private TranslationStamp() {
    }

    /** Why {@code translation} cannot be stamped, as one line. */
    public static final class StampError extends Exception {
        StampError(String message) {
            super(message);
        }
    }

    /** The source file of a translation: {@code x.tr.md} → {@code x.md} in the same folder. */
    public static Path sourceOf(Path translation) throws StampError {
        Matcher m = NAME.matcher(translation.getFileName().toString());
        if (!m.matches()) {
            throw new StampError(translation + ": not a translation: its name must be <slug>.<lang>.md, e.g. radiofrequency-ablation.tr.md");
        }
        return translation.resolveSibling(m.group(1) + ".md");
    }

    /** Stamps {@code translation}; returns the fingerprint written. */
    public static String stamp(Path translation) throws StampError, IOException {
        if (!Files.isRegularFile(translation)) {
            throw new StampError(translation + ": no such file");
        }
        Path source = sourceOf(translation);
        if (!Files.isRegularFile(source)) {
            throw new StampError(translation + ": its source " + source + " does not exist");
        }
        String fingerprint = Fingerprint.of(source);
        String text = Files.readString(translation, StandardCharsets.UTF_8);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        if (!text.startsWith("---")) {
            throw new StampError(translation + ": no front matter: start the file with a '---' line");
        }
        int end = text.indexOf(newline + "---", 3);
        if (end < 0) {
            throw new StampError(translation + ": the front matter is not closed: end it with a '---' line");
        }
        String front = text.substring(0, end);
        String stamped;
        Matcher key = KEY.matcher(front);
        if (key.find()) {
            stamped = front.substring(0, key.start()) + "translated_from: " + fingerprint + front.substring(key.end()) + text.substring(end);
        } else {
            stamped = front + newline + "translated_from: " + fingerprint + text.substring(end);
        }
        Files.writeString(translation, stamped, StandardCharsets.UTF_8);
        return fingerprint;
    }
}
