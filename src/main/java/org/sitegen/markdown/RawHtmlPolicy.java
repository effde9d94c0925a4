package org.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What raw HTML inside Markdown may contain. Named policies, like jsoup's {@code Safelist}:
 * {@link #standard()} is the one the build uses.
 */
public record RawHtmlPolicy(Set<String> forbiddenTags, boolean forbidEventHandlers, Set<String> forbiddenSchemes) {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster");

    /** No scripts, frames, inline event handlers or {@code javascript:} URLs. */
    public static RawHtmlPolicy standard() {
        return new RawHtmlPolicy(Set.of("script", "iframe", "frame", "frameset", "object", "embed"), true, Set.of("javascript", "vbscript"));
    }

    /** The reasons {@code html} breaks the policy; empty when it is allowed. */
    public List<String> violations(String html) {
        List<String> problems = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (forbiddenTags.contains(element.normalName())) {
                problems.add("raw HTML may not contain <" + element.normalName() + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (forbidEventHandlers && name.startsWith("on")) {
                    problems.add("raw HTML may not use the event attribute '" + name + "'");
                } else if (URL_ATTRIBUTES.contains(name) && forbiddenUrl(attribute.getValue())) {
                    problems.add("raw HTML may not use a '" + scheme(attribute.getValue()) + ":' URL");
                }
            }
        }
        return problems;
    }

    /** Whether a URL uses a forbidden scheme, ignoring the blanks and control characters browsers ignore. */
    public boolean forbiddenUrl(String url) {
        return forbiddenSchemes.contains(scheme(url));
    }

    private static String scheme(String url) {
        String compact = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        return colon > 0 ? compact.substring(0, colon) : "";
    }
}
