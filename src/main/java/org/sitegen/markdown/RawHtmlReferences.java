package org.sitegen.markdown;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.sitegen.model.Hrefs;
import org.sitegen.model.ImageUse;
import org.sitegen.model.Markers;

/**
 * Links and images editors write in raw HTML ({@code <a href="radiofrequency-ablation.md">}): found in each fragment at the
 * source, with their file line, so that the link stage resolves them once like Markdown links; after rendering,
 * each gets its {@link Markers#LINK} index so that later stages rewrite it like any other link.
 * Only internal links to another file count: external URLs and {@code #fragment}-only links are left as written.
 */
final class RawHtmlReferences {
    /** One {@code <a href>} of a raw-HTML fragment and the file line of its tag. */
    record Found(String href, int line) {
    }

    private RawHtmlReferences() {
    }

    static boolean counts(String href) {
        return !href.isEmpty() && !href.startsWith("#") && !Hrefs.isExternal(href);
    }

    /** What one fragment refers to: its internal links and its images, each in document order. */
    record References(List<Found> links, List<ImageUse> images) {
    }

    /** The links and images of one fragment, parsed once; {@code firstLine} is the file line the fragment starts on. */
    static References in(String html, int firstLine) {
        if (!html.contains("<")) {
            return new References(List.of(), List.of());
        }
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Found> links = new ArrayList<>();
        List<ImageUse> images = new ArrayList<>();
        for (Element element : document.select("a[href], img")) {
            int line = element.sourceRange().isTracked() ? firstLine + element.sourceRange().start().lineNumber() - 1 : firstLine;
            if (element.normalName().equals("img")) {
                images.add(new ImageUse(element.attr("src"), element.hasAttr("alt") ? element.attr("alt") : null, element.attr("title"), line));
            } else if (counts(element.attr("href"))) {
                links.add(new Found(element.attr("href"), line));
            }
        }
        return new References(links, images);
    }

    /**
     * The rendered body with the link index added to each raw-HTML link, in document order: the links Flexmark
     * rendered already carry theirs, so the unmarked internal ones are exactly the raw-HTML links found by
     * {@link #in}, in the same order.
     */
    static String mark(String html, List<Integer> indexes) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        Iterator<Integer> next = indexes.iterator();
        for (Element a : document.body().select("a[href]:not([" + Markers.LINK + "])")) {
            if (counts(a.attr("href")) && next.hasNext()) {
                a.attr(Markers.LINK, String.valueOf(next.next()));
            }
        }
        return document.body().html();
    }
}
