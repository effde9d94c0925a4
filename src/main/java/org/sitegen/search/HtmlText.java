package org.sitegen.search;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The visible text of a body's final HTML, as the search index and its snippets need it: tags dropped (a space where
 * a block begins or ends, so that words of two paragraphs never run together), glossary tooltips
 * ({@code <span role="tooltip">}, the term's definition repeated in the page) left out, and entities decoded by
 * jsoup. The HTML is the body jsoup serialised in the render stage, so tags are well formed; this scan, unlike a
 * second parse of every body, costs next to nothing and needs no copy of the text kept in memory between stages.
 */
public final class HtmlText {
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");
    private static final String TOOLTIP = "role=\"tooltip\"";

    private HtmlText() {
    }

    public static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        int skipped = 0; // depth of <span> inside a tooltip
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                if (skipped == 0) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = tagEnd(html, i);
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = html.substring(nameStart, nameEnd);
            if (name.equals("span") && skipped > 0) {
                skipped += closing ? -1 : 1;
            } else if (name.equals("span") && !closing && contains(html, i, end)) {
                skipped = 1;
            } else if (skipped == 0 && !INLINE.contains(name)) {
                out.append(' ');
            }
            i = end + 1;
        }
        return Parser.unescapeEntities(collapse(out), false);
    }

    private static boolean contains(String html, int from, int to) {
        int at = html.indexOf(TOOLTIP, from);
        return at >= 0 && at < to;
    }

    /** The index of the {@code >} that closes the tag opened at {@code start}, quoted attribute values skipped. */
    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return html.length() - 1;
    }

    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        int len = out.length();
        return len > 0 && out.charAt(len - 1) == ' ' ? out.substring(0, len - 1) : out.toString();
    }
}
