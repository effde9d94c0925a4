package org.sitegen.diff;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads {@link PageFacts} from a page's HTML. Tolerant: whatever is absent reads as empty. */
public final class PageFactsReader {
    /** Not body text: scripts, the disclaimer, the region switcher, and the status notice (it repeats product lines). */
    private static final String HIDDEN_FROM_MAIN = "script, style, template, aside#regulatory-disclaimer, .region-switcher, nav[aria-label=Region], "
            + ".status-notice";

    public PageFacts read(String html) {
        Document document = Jsoup.parse(html);
        String reviewed = date(document, "data-reviewed", ".reviewed time");
        String nextReview = date(document, "data-next-review", ".next-review time");
        List<ProductLine> products = List.of();
        String disclaimer = "";
        Element aside = document.selectFirst("aside#regulatory-disclaimer");
        if (aside != null) {
            Elements lines = aside.select("[data-product]");
            products = lines.stream().map(line -> new ProductLine(line.attr("data-product"), line.attr("data-status"), line.text())).toList();
            lines.remove();
            disclaimer = aside.text();
        }
        Element main = document.selectFirst("main");
        if (main == null) {
            main = document.body();
        }
        main.select(HIDDEN_FROM_MAIN).remove();
        return new PageFacts(document.title(), main.text(), disclaimer, products, reviewed, nextReview);
    }

    /** The value of the first element with {@code attribute}, else of the first {@code fallback} element, else empty. */
    private static String date(Document document, String attribute, String fallback) {
        Element marked = document.selectFirst("[" + attribute + "]");
        if (marked != null) {
            String value = marked.attr(attribute).trim();
            if (!value.isEmpty()) {
                return value;
            }
            Element time = marked.is("time") ? marked : marked.selectFirst("time");
            return timeValue(time == null ? marked : time);
        }
        Element time = document.selectFirst(fallback);
        return time == null ? "" : timeValue(time);
    }

    private static String timeValue(Element element) {
        String datetime = element.attr("datetime").trim();
        return datetime.isEmpty() ? element.text() : datetime;
    }
}
