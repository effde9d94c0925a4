package org.sitegen.sanitize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Which URLs links and embedded resources may use. Links may use {@code http}, {@code https}, {@code mailto},
 * {@code tel} or a relative URL; any other scheme ({@code javascript:}, {@code vbscript:}, {@code data:}, …) is
 * refused. Resources (images) must be local: relative, with no scheme and no {@code //host}.
 *
 * <p>The scheme is read the way a browser reads it, only more strictly: entities are decoded, and every blank,
 * control and invisible formatting character is dropped (browsers drop tabs and newlines anywhere and control
 * characters and spaces at both ends), so {@code jav&#x09;ascript:}, {@code &#106;avascript:} and
 * {@code " JAVASCRIPT:"} are all {@code javascript:}. A backslash counts as a slash, as browsers treat it.
 */
public final class UrlPolicy {
    /** The schemes a link may use; anything else with a scheme is refused. */
    public static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final int SHOWN_LENGTH = 80;

    /** The problem with {@code url} as a link destination ({@code <a href>}, a Markdown link), if any. */
    public Optional<String> linkProblem(String url) {
        return schemeProblem(url);
    }

    /** The problem with {@code url} as an image source ({@code <img src>}, a Markdown image), if any. */
    public Optional<String> resourceProblem(String url) {
        return resourceProblem(url, "images");
    }

    /**
     * The problem with {@code url} as a resource that {@code what} loads.
     *
     * @param what the subject of the message, e.g. {@code <img>} or {@code images}
     */
    Optional<String> resourceProblem(String url, String what) {
        Optional<String> scheme = schemeProblem(url);
        if (scheme.isPresent()) {
            return scheme;
        }
        return isLocal(url) ? Optional.empty() : Optional.of(what + " must load a local file, not '" + shown(url) + "'");
    }

    /** Whether {@code url} stays on this site: no scheme and no {@code //host}. */
    public boolean isLocal(String url) {
        String compact = compact(url).replace('\\', '/');
        return scheme(compact).isEmpty() && !compact.startsWith("//");
    }

    private Optional<String> schemeProblem(String url) {
        Optional<String> scheme = scheme(compact(url));
        if (scheme.isPresent() && !LINK_SCHEMES.contains(scheme.get())) {
            return Optional.of("'" + scheme.get() + ":' URLs are not allowed");
        }
        return Optional.empty();
    }

    /** The scheme of an already compacted URL, in lower case. */
    private static Optional<String> scheme(String compact) {
        Matcher m = SCHEME.matcher(compact);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** {@code url} with entities decoded and every blank, control or formatting character removed. */
    static String compact(String url) {
        String decoded = url.indexOf('&') >= 0 ? Parser.unescapeEntities(url, true) : url;
        StringBuilder kept = new StringBuilder(decoded.length());
        decoded.codePoints().filter(c -> !ignoredByBrowsers(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean ignoredByBrowsers(int c) {
        return c <= 0x20 || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static String shown(String url) {
        return url.length() <= SHOWN_LENGTH ? url : url.substring(0, SHOWN_LENGTH) + "…";
    }
}
