package org.sitegen.claims;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text a reader sees in a body: its own text, and separately each glossary tooltip it shows, whose text was
 * written in the glossary entry rather than in the page.
 */
record VisibleText(String own, List<Tooltip> tooltips) {
    private static final String TOOLTIP = "[role=tooltip]";
    private static final String TOOLTIP_ID = "gt-";

    /**
     * One glossary tooltip.
     *
     * @param slug the glossary entry
     * @param term the linked words the tooltip belongs to, as the page shows them
     * @param text the tooltip's text
     */
    record Tooltip(String slug, String term, String text) {
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
