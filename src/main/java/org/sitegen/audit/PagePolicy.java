package org.sitegen.audit;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.sitegen.markdown.RegionMarkerSyntax;

/**
 * What every page of an edition must hold to, checked element by element as the audit streams the page: the
 * Content-Security-Policy is there, no script runs inline, no author CSS, and no region marker or link markup
 * ({@code [[…]]}, a shorthand's {@code plain:}/{@code glossary:}/{@code faq:}/{@code page:} prefix) was left as text.
 */
final class PagePolicy {
    /** The policy every HTML page declares in a {@code <meta http-equiv>}; the templates write exactly this. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";

    /** A shorthand's prefix as an editor writes it inside {@code [[…]]}. */
    private static final java.util.regex.Pattern SHORTHAND_PREFIX = java.util.regex.Pattern.compile("\\s*(plain|glossary|faq|page):\\S");

    private final String baseUrl;
    private int policies;

    /** @param baseUrl the site's own absolute URL (empty without one): links under it are the site's own */
    PagePolicy(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void check(Element element, List<String> problems) {
        String name = element.normalName();
        if (name.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
            policies++;
            if (!element.attr("content").equals(CONTENT_SECURITY_POLICY)) {
                problems.add("audit: the Content-Security-Policy is not the site's policy: '" + element.attr("content") + "'");
            }
        }
        if (name.equals("script") && !element.hasAttr("src") && !element.attr("type").equals("application/ld+json")) {
            problems.add("audit: inline <script> on the page");
        }
        if (name.equals("style")) {
            problems.add("audit: <style> on the page: only the site's stylesheets may style it");
        }
        if (name.equals("link") && element.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")
                && (element.attr("href").contains(":") || element.attr("href").startsWith("//"))
                && (baseUrl.isEmpty() || !element.attr("href").startsWith(baseUrl))) {
            problems.add("audit: stylesheet from another site: '" + element.attr("href") + "'");
        }
        element.attributes().forEach(attribute -> {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("on")) {
                problems.add("audit: inline event handler '" + key + "' on <" + name + ">");
            } else if (key.equals("style")) {
                problems.add("audit: inline style on <" + name + ">: only the site's stylesheets may style the page");
            }
        });
        if (!name.equals("pre") && !name.equals("code") && !name.equals("script")) {
            for (TextNode text : element.textNodes()) {
                String whole = text.getWholeText();
                if (!RegionMarkerSyntax.mayHoldMarker(whole)) {
                    continue; // no two colons in a row: no line of it can start with three
                }
                for (String line : whole.split("\n")) {
                    if (RegionMarkerSyntax.publishedAsText(line)) {
                        problems.add("audit: a region marker ':::' was published as text: '" + line.strip() + "'");
                    }
                }
            }
            checkLinkMarkup(element, problems);
        }
    }

    /**
     * Link markup that reached the reader as text: {@code [[…]]} brackets anywhere outside code, or a shorthand's
     * prefix opening the text of a link or of a never-linked phrase ({@code <span class="no-gloss">plain:x</span>}).
     */
    private static void checkLinkMarkup(Element element, List<String> problems) {
        if (element.normalName().equals("style") || element.normalName().equals("kbd") || element.normalName().equals("samp")) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            String whole = text.getWholeText();
            int at = whole.indexOf("[[");
            if (at < 0) {
                at = whole.indexOf("]]");
            }
            if (at >= 0) {
                problems.add("audit: link markup was published as text: '" + excerpt(whole, at) + "' (a shorthand that did not "
                        + "become a link or a phrase; to show brackets themselves, put them in `code`)");
            }
        }
        if (element.normalName().equals("a") || element.hasClass(org.sitegen.model.Markers.NO_GLOSS)) {
            java.util.regex.Matcher prefix = SHORTHAND_PREFIX.matcher(element.text());
            if (prefix.lookingAt()) {
                problems.add("audit: a link shorthand's prefix was published as text: '" + excerpt(element.text(), 0) + "'");
            }
        }
    }

    /** Up to 60 characters of {@code text} from a little before {@code at}, on one line. */
    private static String excerpt(String text, int at) {
        int start = Math.max(0, at - 20);
        return text.substring(start, Math.min(text.length(), start + 60)).replaceAll("\\s+", " ").strip();
    }

    void finish(List<String> problems) {
        if (policies != 1) {
            problems.add("audit: the page must declare the Content-Security-Policy once, not " + policies + " times");
        }
    }
}
