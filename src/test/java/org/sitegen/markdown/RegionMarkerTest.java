package org.sitegen.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.sanitize.HtmlAllowlist;

/**
 * Strict region syntax, through {@link MarkdownConverter#convert}: every line starting with two or more colons is a
 * well-formed opener or closer that is read as one, or an error naming the line and the right form. Bodies start on
 * file line 6, so body line n is file line n + 5.
 */
class RegionMarkerTest {
    private static final String PATH = "content/articles/x.md";
    private static final String NESTED = "region passages cannot be nested inside a list or quote: put '::: region …' at the start of a line";

    private final MarkdownConverter converter = new MarkdownConverter(HtmlAllowlist.article());

    private List<String> errors(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        converter.convert(PATH, markdown, 6, diagnostics);
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    private MarkdownResult convertClean(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownResult result = converter.convert(PATH, markdown, 6, diagnostics);
        assertEquals(List.of(), diagnostics.all());
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ::: eu              | ::: region eu
            ::: regions eu      | ::: region eu
            ::: Region eu       | ::: region eu
            :: region eu        | ::: region eu
            ::: region EU tr    | ::: region eu tr
            ::: region eu, tr   | ::: region eu tr
            :::region eu        | ::: region eu
            :::: region eu      | ::: region eu
            ::: region          | ::: region <codes>
            ::: region eu-west  | ::: region <codes>
            ::::                | ::: region <codes>
            """)
    void aMalformedOpenerIsAnErrorWithTheRightForm(String marker, String rightForm) {
        assertEquals(List.of(
                "content/articles/x.md:7: malformed region marker '" + marker + "': write '" + rightForm
                        + "' to open a region passage and ':::' alone to close it",
                "content/articles/x.md:9: ':::' closes no region passage"),
                errors("Intro.\n" + marker + "\nOnly for some.\n:::\n"));
    }

    @Test
    void aStrayCloserIsAnError() {
        assertEquals(List.of("content/articles/x.md:10: ':::' closes no region passage"),
                errors("Intro.\n\n::: region eu\n:::\n:::\n"));
        assertEquals(List.of("content/articles/x.md:7: ':::' closes no region passage"), errors("Intro.\n:::\n"));
    }

    @Test
    void aMarkerInsideAListItemIsAnError() {
        assertEquals(List.of("content/articles/x.md:7: " + NESTED),
                errors("- First item.\n  ::: region us\n  US only.\n  :::\n- Second item.\n"));
        assertEquals(List.of("content/articles/x.md:6: " + NESTED), errors("- ::: region us\n  US only.\n"));
        assertEquals(List.of("content/articles/x.md:8: " + NESTED), errors("1. One.\n\n   :::\n"));
    }

    @Test
    void aMarkerInsideAQuoteIsAnError() {
        assertEquals(List.of("content/articles/x.md:6: " + NESTED), errors("> ::: region us\n> US only.\n> :::\n"));
        assertEquals(List.of("content/articles/x.md:8: " + NESTED), errors("> Quoted.\n>\n> :::\n"));
    }

    @Test
    void aMalformedMarkerInsideAListSaysWhatIsMalformed() {
        assertEquals(List.of("content/articles/x.md:6: malformed region marker '::: eu': write '::: region eu' to open a region "
                + "passage and ':::' alone to close it"), errors("- ::: eu\n"));
    }

    @Test
    void aMarkerTheParserDoesNotReadIsAnError() {
        String notRead = "region marker '::: region eu' is not read as one here: put it at the start of its own line, "
                + "indented less than four spaces and outside raw HTML";
        assertEquals(List.of("content/articles/x.md:7: " + notRead), errors("Text\n    ::: region eu\nmore\n"));
        assertEquals(List.of("content/articles/x.md:7: " + notRead, "content/articles/x.md:9: ':::' closes no region passage"),
                errors("<div>\n::: region eu\nx\n:::\n</div>\n"));
    }

    @Test
    void markersInCodeAreExempt() {
        convertClean("```\n::: eu\n:::\n```\n\n    ::: regions\n    :::\n\n~~~\n:: x\n~~~\n");
    }

    @Test
    void aCloserInsideFencedCodeInAPassageIsCode() {
        MarkdownResult result = convertClean("::: region eu\n```\n:::\n```\nEU text.\n:::\nEveryone.\n");
        assertEquals(List.of(new MarkdownResult.RegionBlockUse(List.of("eu"), 6, true)), result.regionBlocks());
        assertEquals("<div data-region-block=\"eu\">\n<pre><code>:::\n</code></pre>\n<p>EU text.</p>\n</div>\n"
                + "<p>Everyone.</p>\n", result.html());
    }

    @Test
    void theLineAfterACloserIsNotPulledIntoThePassage() {
        // Flexmark's BlockContinue.finished() left the list paragraph open: "Everyone." became EU-only text
        MarkdownResult result = convertClean("::: region eu\n- EU item\n:::\nEveryone.\n");
        assertEquals("<div data-region-block=\"eu\">\n<ul>\n<li>EU item</li>\n</ul>\n</div>\n<p>Everyone.</p>\n",
                result.html());
    }

    @Test
    void nestedPassagesCloseInnermostFirst() {
        MarkdownResult result = convertClean("::: region eu tr\nBoth.\n::: region tr\nTürkiye.\n:::\nBoth again.\n:::\nEveryone.\n");
        assertEquals(List.of(new MarkdownResult.RegionBlockUse(List.of("eu", "tr"), 6, true),
                new MarkdownResult.RegionBlockUse(List.of("tr"), 8, true)), result.regionBlocks());
        assertEquals("Everyone.", org.jsoup.Jsoup.parseBodyFragment(result.html()).body().child(1).text());
    }

    @Test
    void wellFormedMarkersWithSpacesAndCarriageReturnsAreRead() {
        MarkdownResult result = convertClean("Intro.\r\n\r\n  :::   region  eu   tr  \r\nText.\r\n  :::  \r\n");
        assertEquals(List.of(new MarkdownResult.RegionBlockUse(List.of("eu", "tr"), 8, true)), result.regionBlocks());
    }

    @Test
    void aLoneCarriageReturnStartsALineToo() {
        assertEquals(List.of("content/articles/x.md:7: malformed region marker '::: eu': write '::: region eu' to open a region "
                + "passage and ':::' alone to close it"), errors("Intro.\r::: eu\rText.\n"));
    }
}
