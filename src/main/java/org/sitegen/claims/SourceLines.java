package org.sitegen.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A content file's lines, read again only when a phrase was found, to point the editor at the line it came from:
 * the first body line (outside region passages of other editions) that contains the phrase once Markdown emphasis,
 * brackets and HTML tags are set aside, or that starts it when it runs on into the next line.
 */
final class SourceLines {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKUP = Pattern.compile("[*_~`\\[\\]|]");
    private static final Pattern OPEN = Pattern.compile("\\s*:::\\s+region\\s+(.+)");
    private static final Pattern CLOSE = Pattern.compile("\\s*:::\\s*");

    private final List<String> lines;
    private final int bodyStart;

    private SourceLines(List<String> lines) {
        this.lines = lines;
        this.bodyStart = bodyStart(lines);
    }

    static SourceLines read(String path) {
        try {
            return new SourceLines(Files.readAllLines(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new SourceLines(List.of());
        }
    }

    /** The 1-based line of the body's first text (after the front matter's closing {@code ---} and blank lines). */
    int bodyStart() {
        for (int i = bodyStart; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return bodyStart + 1;
    }

    /** The file line of the first body line, visible in {@code edition}, that shows {@code phrase}. */
    OptionalInt find(PhraseMatcher matcher, String phrase, String edition) {
        PhraseMatcher single = matcher.only(phrase);
        Deque<Boolean> shown = new ArrayDeque<>();
        String previous = null;
        int previousLine = 0;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            var open = OPEN.matcher(line);
            if (open.matches()) {
                shown.push(Arrays.asList(open.group(1).trim().split("\\s+")).contains(edition));
                continue;
            }
            if (CLOSE.matcher(line).matches() && !shown.isEmpty()) {
                shown.pop();
                continue;
            }
            if (shown.contains(false)) {
                continue;
            }
            String text = plain(line);
            if (single.matches(text)) {
                return OptionalInt.of(i + 1);
            }
            if (previous != null && single.matches(previous + " " + text)) {
                return OptionalInt.of(previousLine);
            }
            previous = text;
            previousLine = i + 1;
        }
        return OptionalInt.empty();
    }

    private static String plain(String line) {
        return MARKUP.matcher(TAG.matcher(line).replaceAll("")).replaceAll("");
    }

    private static int bodyStart(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        return lines.size();
    }
}
