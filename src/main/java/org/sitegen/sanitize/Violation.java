package org.sitegen.sanitize;

/**
 * One thing in raw HTML, or in a URL, that the allowlist does not accept.
 *
 * @param message what is wrong, e.g. {@code raw HTML: <style> is not allowed (allowed: a, abbr, …)}
 * @param line    the file line, or {@link #UNKNOWN_LINE} when the HTML was parsed without positions
 */
public record Violation(String message, int line) {
    /** The line of a violation found in a tree parsed without position tracking. */
    public static final int UNKNOWN_LINE = 0;

    public boolean hasLine() {
        return line != UNKNOWN_LINE;
    }
}
