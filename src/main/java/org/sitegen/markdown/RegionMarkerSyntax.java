package org.sitegen.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two region markers, and the only two: {@code ::: region <codes>} opens a passage (codes are lowercase
 * letters and digits separated by spaces) and {@code :::} alone closes it. Any other line that starts with two
 * or more colons is a mistake, and {@link #correctForm} says what was probably meant.
 */
final class RegionMarkerSyntax {
    private static final Pattern OPENER = Pattern.compile(":::[ \\t]+region((?:[ \\t]+[a-z0-9]+)+)[ \\t]*");
    private static final Pattern CLOSER = Pattern.compile(":::[ \\t]*");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+");
    private static final Pattern REGION_WORD = Pattern.compile("regions?", Pattern.CASE_INSENSITIVE);

    private RegionMarkerSyntax() {
    }

    /** Whether {@code text} (a line from its first non-space character) starts with two colons. */
    static boolean looksLikeMarker(CharSequence text) {
        return text.length() >= 2 && text.charAt(0) == ':' && text.charAt(1) == ':';
    }

    /** The region codes of a well-formed opener, or null when {@code text} is not one. */
    static List<String> openerCodes(CharSequence text) {
        Matcher m = OPENER.matcher(text);
        return m.matches() ? List.of(m.group(1).strip().split("[ \\t]+")) : null;
    }

    static boolean isCloser(CharSequence text) {
        return CLOSER.matcher(text).matches();
    }

    static boolean isWellFormed(CharSequence text) {
        return openerCodes(text) != null || isCloser(text);
    }

    /** The opener {@code marker} (a malformed one) probably meant, e.g. {@code ::: region eu} for {@code ::: Regions EU}. */
    static String correctForm(String marker) {
        String rest = marker.replaceFirst("^:+", "").strip();
        List<String> words = new ArrayList<>(Arrays.asList(rest.split("[\\s,;]+")));
        words.removeIf(String::isEmpty);
        if (!words.isEmpty() && REGION_WORD.matcher(words.get(0)).matches()) {
            words.remove(0);
        }
        List<String> codes = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        boolean plausible = !codes.isEmpty() && codes.stream().allMatch(c -> CODE.matcher(c).matches());
        return "::: region " + (plausible ? String.join(" ", codes) : "<codes>");
    }
}
