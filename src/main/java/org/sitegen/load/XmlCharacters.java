package org.sitegen.load;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The characters XML 1.0 allows: front matter texts end up in the feed and sitemap, which must stay well-formed,
 * so any other character (controls such as U+0001, U+FFFE, lone surrogates) is an error at load time.
 */
final class XmlCharacters {
    private XmlCharacters() {
    }

    /** The first character of {@code text} XML does not allow. */
    static OptionalInt firstDisallowed(String text) {
        return text.codePoints().filter(c -> !allowed(c)).findFirst();
    }

    /** The index in {@code text} of the first character XML does not allow, or -1. */
    static int indexOfFirstDisallowed(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!allowed(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** {@code what contains a character XML does not allow (U+0001)}. */
    static String message(String what, int c) {
        return what + " contains a character XML does not allow (" + String.format(Locale.ROOT, "U+%04X", c) + ")";
    }
}
