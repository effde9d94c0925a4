package org.sitegen.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Severity;
import org.sitegen.model.Heading;
import org.sitegen.model.SourceLink;
import org.sitegen.sanitize.HtmlAllowlist;

/** {@link MarkdownConverter}: the Flexmark configuration and what it collects for later stages. */
class MarkdownConverterTest {
    private static final String PATH = "content/articles/x.md";
    /** Bodies in these tests start on file line 6, as after a four-line front matter and its fences. */
    private static final int BODY_LINE = 6;

    /** The allowed-tag list every "is not allowed" message ends with, spelled out. */
    static final String ALLOWED = "(allowed: a, abbr, b, blockquote, br, caption, cite, code, col, colgroup, dd, details, div, dl, dt, "
            + "em, figcaption, figure, h1, h2, h3, h4, h5, h6, hr, i, img, kbd, li, mark, ol, p, pre, q, s, samp, small, span, strong, "
            + "sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, u, ul, var)";

    private final MarkdownConverter converter = new MarkdownConverter(HtmlAllowlist.article());

    private MarkdownResult convert(String markdown, Diagnostics diagnostics) {
        return converter.convert(PATH, markdown, BODY_LINE, diagnostics);
    }

    private MarkdownResult convertClean(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownResult result = convert(markdown, diagnostics);
        assertEquals(List.of(), diagnostics.all());
        return result;
    }

    private static Element html(MarkdownResult result) {
        return Jsoup.parseBodyFragment(result.html()).body();
    }

    @Test
    void tablesGetTheTableClass() {
        Element body = html(convertClean("""
                | Risk | What it may look like |
                |---|---|
                | Bleeding | Rarely, near the spine |
                | Infection | Redness or fever |
                """));
        Element table = body.selectFirst("table.table");
        assertNotNull(table, body::html);
        assertEquals(List.of("Risk", "What it may look like"), table.select("thead th").eachText());
        assertEquals(List.of("Bleeding", "Rarely, near the spine", "Infection", "Redness or fever"), table.select("tbody td").eachText());
    }

    @Test
    void footnotesLinkToTheirText() {
        Element body = html(convertClean("""
                Imaging is used.[^1]

                [^1]: Practices differ between clinics.
                """));
        Element ref = body.selectFirst("sup a[href^=#]");
        assertNotNull(ref, body::html);
        Element note = body.getElementById(ref.attr("href").substring(1));
        assertNotNull(note, "the footnote reference points to an element on the page: " + body.html());
        assertTrue(note.text().contains("Practices differ between clinics."), note::outerHtml);
    }

    @Test
    void definitionListsRender() {
        Element body = html(convertClean("""
                Fluoroscopy
                : Live X-ray imaging.

                Ultrasound
                : Imaging without radiation.
                """));
        assertEquals(List.of("Fluoroscopy", "Ultrasound"), body.select("dl > dt").eachText());
        assertEquals(List.of("Live X-ray imaging.", "Imaging without radiation."), body.select("dl > dd").eachText());
    }

    @Test
    void headingsGetUniqueIdsAndAreCollected() {
        MarkdownResult result = convertClean("""
                ## Who may be a candidate

                Text.

                ### Risks

                ## Risks
                """);
        assertEquals(List.of(
                new Heading(2, "who-may-be-a-candidate", "Who may be a candidate"),
                new Heading(3, "risks", "Risks"),
                new Heading(2, "risks-1", "Risks")), result.headings());
        Element body = html(result);
        assertEquals("Who may be a candidate", body.getElementById("who-may-be-a-candidate").text());
        assertEquals("h2", body.getElementById("risks-1").normalName());
    }

    @Test
    void quotesAndApostrophesBecomeTypographic() {
        Element body = html(convertClean("The word \"interventional\" isn't new -- it's old... really."));
        assertEquals("The word \u201Cinterventional\u201D isn\u2019t new \u2013 it\u2019s old\u2026 really.", body.text());
    }

    @Test
    void quotesInCodeStayStraight() {
        Element body = html(convertClean("Type `\"x\"` here."));
        assertEquals("\"x\"", body.selectFirst("code").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script block      | <script>alert(1)</script>                     | raw HTML: <script> is not allowed ALLOWED
            iframe block      | <iframe src="https://example.org"></iframe>   | raw HTML: <iframe> is not allowed ALLOWED
            inline script     | Text <script>alert(1)</script> more.          | raw HTML: <script> is not allowed ALLOWED
            onclick attribute | Click <a href="#x" onclick="steal()">here</a>. | raw HTML: the attribute 'onclick' is not allowed on <a>
            javascript href   | <a href="javascript:alert(1)">x</a>           | raw HTML: 'javascript:' URLs are not allowed
            spaced scheme     | <a href=" JavaScript :alert(1)">x</a>          | raw HTML: 'javascript:' URLs are not allowed
            markdown link     | [click](javascript:alert(1))                  | 'javascript:' URLs are not allowed
            markdown image    | ![x](javascript:alert(1))                     | 'javascript:' URLs are not allowed
            third-party image | ![x](https://cdn.example.org/x.png)           | images must load a local file, not 'https://cdn.example.org/x.png'
            autolink          | <vbscript:msgbox(1)>                          | 'vbscript:' URLs are not allowed
            comment           | <!-- note to self -->                         | raw HTML: comments are not allowed
            """)
    void forbiddenRawHtmlIsAnErrorOnItsFileLine(String name, String html, String message) {
        Diagnostics diagnostics = new Diagnostics();
        convert("Intro paragraph.\n\n" + html + "\n", diagnostics);
        // the offending line is body line 3; the body starts on file line 6
        assertEquals(List.of(new Diagnostic(Severity.ERROR, PATH, 8, message.replace("ALLOWED", ALLOWED))), diagnostics.all());
    }

    @Test
    void bodyLineShiftsReportedLines() {
        Diagnostics diagnostics = new Diagnostics();
        converter.convert(PATH, "<script>x()</script>\n", 20, diagnostics);
        assertEquals(List.of(new Diagnostic(Severity.ERROR, PATH, 20, "raw HTML: <script> is not allowed " + ALLOWED)), diagnostics.all());
    }

    @Test
    void aMultiLineHtmlBlockReportsTheLineOfTheOffendingTagAndAttribute() {
        Diagnostics diagnostics = new Diagnostics();
        convert("""
                Intro.

                <div class="no-gloss">
                <p>Fine.</p>
                <style>#regulatory-disclaimer{display:none}</style>
                <img src="x.png"
                     alt="x"
                     onerror="alert(1)">
                </div>
                """, diagnostics);
        assertEquals(List.of(
                "content/articles/x.md:10: raw HTML: <style> is not allowed " + ALLOWED,
                "content/articles/x.md:13: raw HTML: the attribute 'onerror' is not allowed on <img>"),
                diagnostics.all().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aTagCutByTheEndOfItsHtmlBlockIsAnError() {
        // alone, each part passes; in the page, the code span's quote would end the attribute and add onerror
        Diagnostics diagnostics = new Diagnostics();
        convert("<div>\n<img alt='\n\n`' onerror='alert(1)' x='`\n\n</div>\n", diagnostics);
        assertEquals(List.of("content/articles/x.md:7: raw HTML: a tag is not finished: end it with '>' before the HTML block ends"),
                diagnostics.all().stream().map(Diagnostic::format).toList());
    }

    @Test
    void harmlessRawHtmlIsAllowed() {
        Element body = html(convertClean("<div class=\"no-gloss\"><strong>Note:</strong> ask <a href=\"https://example.org\">here</a>.</div>\n"));
        assertEquals("Note: ask here.", body.selectFirst("div.no-gloss").text());
    }

    @Test
    void closedRegionBlockWithCodes() {
        MarkdownResult result = convertClean("""
                Everyone sees this.

                ::: region eu tr
                Only in **Europe** and Türkiye.
                :::

                After.
                """);
        assertEquals(List.of(new MarkdownResult.RegionBlockUse(List.of("eu", "tr"), 8, true)), result.regionBlocks());
        Element block = html(result).selectFirst("div[data-region-block]");
        assertNotNull(block);
        assertEquals("eu tr", block.attr("data-region-block"));
        assertEquals("Only in Europe and Türkiye.", block.text());
        assertEquals("After.", html(result).children().last().text(), "the paragraph after ':::' is outside the block");
    }

    @Test
    void unclosedRegionBlockIsCollectedForTheRegionStage() {
        MarkdownResult unclosed = convertClean("Intro.\n\n::: region us\nText.\n\nMore text.\n");
        assertEquals(List.of(new MarkdownResult.RegionBlockUse(List.of("us"), 8, false)), unclosed.regionBlocks());
    }

    @Test
    void wikiLinksBecomeMarkersWithTheirTarget() {
        MarkdownResult result = convertClean("""
                See [[radiofrequency-ablation]] and [[faq:what-are-the-risks|the risks]].

                Also [[neuromodulation#risks|its risks]] and [[plain:spinal stenosis]].
                """);
        Elements links = html(result).select("a[data-link]");
        assertEquals(List.of("0", "1", "2", "3"), links.eachAttr("data-link"), "each link carries its index in the body's list");
        assertEquals(List.of("radiofrequency-ablation", "faq:what-are-the-risks", "neuromodulation", "plain:spinal stenosis"),
                result.links().stream().map(org.sitegen.model.SourceLink::target).toList());
        assertEquals("risks", result.links().get(2).anchor());
        assertTrue(links.get(0).hasAttr("data-auto-text"), "a shorthand without text takes its target's title later");
        assertFalse(links.get(1).hasAttr("data-auto-text"));
        assertEquals("the risks", links.get(1).text());
        assertEquals("its risks", links.get(2).text());
        assertFalse(links.get(0).hasAttr("href"), "markers are resolved later, not links yet");
        assertEquals(List.of(
                new SourceLink(SourceLink.Syntax.SHORTHAND, "radiofrequency-ablation", "", 6),
                new SourceLink(SourceLink.Syntax.SHORTHAND, "faq:what-are-the-risks", "", 6),
                new SourceLink(SourceLink.Syntax.SHORTHAND, "neuromodulation", "risks", 8),
                new SourceLink(SourceLink.Syntax.SHORTHAND, "plain:spinal stenosis", "", 8)), result.links());
    }

    @Test
    void markdownLinksAreCollectedWithAnchorButExternalOnesAreNot() {
        MarkdownResult result = convertClean("""
                Read [the ladder](pain-ladder.md#the-stepwise-pain-ladder),
                [imaging](../faq/what-imaging-is-used.md) and [a site](https://example.org/x.md).

                Jump to [risks](#risks).
                """);
        assertEquals(List.of(
                new SourceLink(SourceLink.Syntax.MARKDOWN, "pain-ladder.md", "the-stepwise-pain-ladder", 6),
                new SourceLink(SourceLink.Syntax.MARKDOWN, "../faq/what-imaging-is-used.md", "", 7),
                new SourceLink(SourceLink.Syntax.MARKDOWN, "", "risks", 9)), result.links());
        assertEquals(List.of("pain-ladder.md#the-stepwise-pain-ladder", "../faq/what-imaging-is-used.md", "https://example.org/x.md", "#risks"),
                html(result).select("a").eachAttr("href"));
    }
}
