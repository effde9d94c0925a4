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
public final class RegionMarkerSyntax {
    private static final Pattern OPENER = Pattern.compile(":::[ \\t]+region((?:[ \\t]+[a-z0-9]+)+)[ \\t]*");
    private static final Pattern CLOSER = Pattern.compile(":::[ \\t]*");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+");
    private static final Pattern REGION_WORD = Pattern.compile("regions?", Pattern.CASE_INSENSITIVE);

    private RegionMarkerSyntax() {
    }

    /**
     * Characters that look like a colon: a marker typed with them (a full-width {@code ：} from an East Asian
     * keyboard, a ratio sign pasted from a word processor) is not read, and would leave its region-only text in
     * every edition, so it counts as a malformed marker. From Unicode's confusables for U+003A.
     */
    private static final String COLON_LOOKALIKES = ":\uFF1A\uFE55\uFE13\u2236\uA789\u02D0\u02F8\u0589\u05C3\u0703\u0704"
            + "\u0903\u0A83\u16EC\u1803\u1809\u205A\u2E35\uFE30\u1361\u0F14\u2806";

    /** Whether {@code text} (a line from its first non-space character) starts with two colons or colon look-alikes. */
    static boolean looksLikeMarker(CharSequence text) {
        return text.length() >= 2 && isColon(text.charAt(0)) && isColon(text.charAt(1));
    }

    /** Whether {@code text} holds two colons or colon look-alikes in a row anywhere: a quick test before reading lines. */
    public static boolean mayHoldMarker(CharSequence text) {
        for (int i = 1; i < text.length(); i++) {
            if (isColon(text.charAt(i)) && isColon(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line of published text starts, after blanks and invisible characters, with three colons or colon
     * look-alikes: a region marker that reached the page as text (the audit's check).
     */
    public static boolean publishedAsText(String line) {
        String rest = stripBlanks(line);
        return rest.length() >= 3 && isColon(rest.charAt(0)) && isColon(rest.charAt(1)) && isColon(rest.charAt(2));
    }

    /** {@code text} without its leading blanks, including no-break spaces and invisible formatting characters. */
    static String stripBlanks(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))
                || Character.getType(text.charAt(i)) == Character.FORMAT)) {
            i++;
        }
        return text.substring(i);
    }

    private static boolean isColon(char c) {
        // every look-alike is outside ASCII: most characters of a body are answered without a search
        return c == ':' || c > 0x7F && COLON_LOOKALIKES.indexOf(c) >= 0;
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
        int colons = 0;
        while (colons < marker.length() && isColon(marker.charAt(colons))) {
            colons++;
        }
        String rest = marker.substring(colons).strip();
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
