package org.sitegen.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The text a reader sees in a body: its own text, and separately each glossary tooltip it shows, whose text was
 * written in the glossary entry rather than in the page.
 */
record VisibleText(String own, List<Tooltip> tooltips) {
    private static final String TOOLTIP = "[role=tooltip]";
    private static final String TOOLTIP_ID = "gt-";
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd",
            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    /**
     * One glossary tooltip.
     *
     * @param slug the glossary entry
     * @param term the linked words the tooltip belongs to, as the page shows them
     * @param text the tooltip's text
     */
    record Tooltip(String slug, String term, String text) {
    }

    /**
     * The visible text and more, without building a document: tags removed (block tags leave a space, inline tags
     * nothing, as in the visible text), entities decoded. A phrase absent from it is absent from the page, so most
     * bodies are never parsed.
     */
    static String quick(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                text.append(c);
                i++;
                continue;
            }
            int end = html.indexOf('>', i);
            if (end < 0) {
                text.append(html, i, html.length());
                break;
            }
            int nameStart = i + 1 < end && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (!INLINE.contains(html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
                text.append(' ');
            }
            i = end + 1;
        }
        return text.indexOf("&") < 0 ? text.toString() : Parser.unescapeEntities(text.toString(), false);
    }

    static VisibleText of(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        List<Tooltip> tooltips = new ArrayList<>();
        for (Element tooltip : document.select(TOOLTIP)) {
            String id = tooltip.id();
            Element link = tooltip.previousElementSibling();
            tooltips.add(new Tooltip(id.substring(id.lastIndexOf(TOOLTIP_ID) + TOOLTIP_ID.length()), link == null ? "" : link.text(),
                    tooltip.text()));
            tooltip.remove();
        }
        return new VisibleText(document.body().text(), tooltips);
    }
}
