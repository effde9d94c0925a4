package org.sitegen.load;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.markdown.MarkerAttributes;
import org.sitegen.markdown.MarkdownResult;
import org.sitegen.sanitize.HtmlAllowlist;
import org.sitegen.sanitize.Violation;

/**
 * Text shown as it is on every page that carries it (a region's disclaimer, the medical disclaimer, a product's
 * description): parsed once, judged by the HTML allowlist on that parse, and published as that parse's serialisation.
 */
final class StandaloneHtml {
    /** What the raw HTML of such text may use: nothing that folds it away, no layout classes. */
    static final HtmlAllowlist ALLOWLIST = HtmlAllowlist.disclaimer();
    private static final HtmlAllowlist RENDERED = ALLOWLIST.withMarkers(Map.of(), MarkerAttributes::isRenderedClass);

    private StandaloneHtml() {
    }

    static MarkdownResult reserialize(MarkdownResult body, String path, Diagnostics diagnostics) {
        Document document = Jsoup.parseBodyFragment(body.html());
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        List<Violation> refused = RENDERED.check(document.body());
        refused.stream().map(Violation::message).distinct()
                .forEach(message -> diagnostics.error(path, 0, message + " (found once the whole text is read as one page)"));
        return new MarkdownResult(document.body().html(), body.headings(), body.links(), body.regionBlocks(), body.images());
    }

    /**
     * Whether rendered text has something a reader can read: a body of no-break spaces, zero-width characters,
     * empty elements, rules or images without words is no disclaimer.
     */
    static boolean hasVisibleText(String html) {
        return Jsoup.parseBodyFragment(html).body().text().codePoints()
                .anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT);
    }
}
