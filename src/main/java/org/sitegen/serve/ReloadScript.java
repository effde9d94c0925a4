package org.sitegen.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the preview's script to a page as it is served: an external file ({@code /__sitegen/reload.js}, allowed by
 * the pages' {@code script-src 'self'}), tagged with the version of the site the page was read from.
 */
final class ReloadScript {
    static final String PATH = "/__sitegen/reload.js";
    /** Searched as is, not in a lower-cased copy, whose offsets differ after characters such as 'İ'. */
    private static final Pattern HEAD_END = Pattern.compile("</head>", Pattern.CASE_INSENSITIVE);

    private ReloadScript() {
    }

    static String tag(String version) {
        return "<script src=\"" + PATH + "\" data-version=\"" + version + "\" defer></script>";
    }

    /** The page with the script tag just before {@code </head>} (or at the start when it has no head). */
    static String into(String html, String version) {
        Matcher head = HEAD_END.matcher(html);
        return head.find() ? html.substring(0, head.start()) + tag(version) + html.substring(head.start()) : tag(version) + html;
    }
}
