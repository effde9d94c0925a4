package org.sitegen.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.markdown.MarkdownConverter;
import org.sitegen.markdown.MarkerAttributes;
import org.sitegen.sanitize.SanitizeFixtures.Attack;

/**
 * {@link HtmlAllowlist} on every attack of issue 10 through both of its APIs: {@link HtmlAllowlist#checkFragment} on the
 * raw HTML as Flexmark hands it over, and {@link HtmlAllowlist#check} on the whole rendered body, parsed the way
 * {@code BodyProcessor} parses it for the page; and through {@link MarkdownConverter}, with the exact message.
 */
class HtmlAllowlistTest {
    static final String ALLOWED = "(allowed: a, abbr, b, blockquote, br, caption, cite, code, col, colgroup, dd, details, div, dl, dt, "
            + "em, figcaption, figure, h1, h2, h3, h4, h5, h6, hr, i, img, kbd, li, mark, ol, p, pre, q, s, samp, small, span, strong, "
            + "sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, u, ul, var)";
    private static final String PATH = "content/articles/x.md";

    private final HtmlAllowlist allowlist = HtmlAllowlist.article();
    private final HtmlAllowlist renderedBody = HtmlAllowlist.article().withMarkers(MarkerAttributes.BY_TAG, MarkerAttributes::isRenderedClass);
    private final MarkdownConverter converter = new MarkdownConverter(allowlist);

    static final List<Attack> attacks = SanitizeFixtures.ATTACKS;
    static final List<String> legitimate = SanitizeFixtures.LEGITIMATE;

    private record Converted(List<String> messages, Element body) {
    }

    private Converted convert(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        String html = converter.convert(PATH, markdown + "\n", 1, diagnostics).html();
        return new Converted(diagnostics.all().stream().map(Diagnostic::message).toList(), Jsoup.parseBodyFragment(html).body());
    }

    @Test
    void thereIsOneFixturePerClassOfAttackAtLeastForty() {
        assertTrue(attacks.size() >= 40, "only " + attacks.size() + " attacks");
        assertEquals(attacks.size(), attacks.stream().map(Attack::name).distinct().count(), "fixture names are unique");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("attacks")
    void everyAttackIsAViolationOfTheFragmentAndOfThePageParse(Attack attack) {
        if (attack.rawHtml()) {
            assertFalse(allowlist.checkFragment(attack.input(), 1).isEmpty(), "checkFragment finds nothing in " + attack.input());
        }
        Converted converted = convert(attack.input());
        List<Violation> onThePage = renderedBody.check(converted.body());
        if (attack.expected() == null) {
            assertEquals(List.of(), onThePage, "Markdown renders it as text: " + converted.body().html());
            return;
        }
        assertTrue(converted.messages().contains(attack.expected().replace("ALLOWED", ALLOWED)),
                () -> "expected '" + attack.expected() + "' among " + converted.messages());
        if (onThePage.isEmpty()) {
            assertInert(converted.body());
        }
    }

    /** What a page parse without violations must be: nothing that runs, loads or restyles. Only for inputs the parser drops. */
    private static void assertInert(Element body) {
        for (Element element : body.getAllElements()) {
            assertTrue(HtmlAllowlist.TAGS.contains(element.normalName()) || element == body, element::outerHtml);
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().startsWith("on") || attribute.getKey().equals("style"), element::outerHtml);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("legitimate")
    void legitimateContentHasNoViolationOnAnyRoute(String markdown) {
        Converted converted = convert(markdown);
        assertEquals(List.of(), converted.messages());
        assertEquals(List.of(), renderedBody.check(converted.body()), converted.body().html());
    }

    static Stream<Path> sampleContent() throws IOException {
        try (Stream<Path> files = Files.walk(org.sitegen.testing.TestContent.CONTENT)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleContent")
    void theSampleContentRendersWithinTheAllowlist(Path file) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf("\n---", 3);
        Converted converted = convert(text.substring(text.indexOf('\n', end + 1) + 1));
        assertEquals(List.of(), converted.messages());
        assertEquals(List.of(), renderedBody.check(converted.body()));
    }

    @Test
    void messagesWordForWord() {
        assertEquals(List.of(
                new Violation("raw HTML: <style> is not allowed " + ALLOWED, 3),
                new Violation("raw HTML: the attribute 'onerror' is not allowed on <img>", 4),
                new Violation("raw HTML: 'javascript:' URLs are not allowed", 5),
                new Violation("raw HTML: 'data:' URLs are not allowed", 6),
                new Violation("raw HTML: 'vbscript:' URLs are not allowed", 7),
                new Violation("raw HTML: <img> must load a local file, not 'https://cdn.example.org/a.png'", 8),
                new Violation("raw HTML: comments are not allowed", 9)),
                allowlist.checkFragment("""
                        <div>
                        <style>p{}</style>
                        <img src="a.png" alt="" onerror="alert(1)">
                        <a href="javascript:alert(1)">a</a>
                        <a href="data:text/html,x">b</a>
                        <a href="vbscript:x">c</a>
                        <img src="https://cdn.example.org/a.png" alt="">
                        <!-- note -->
                        </div>
                        """, 2));
    }

    @Test
    void anAttributeOnALaterLineOfItsTagIsReportedOnItsOwnLine() {
        assertEquals(List.of(new Violation("raw HTML: the attribute 'onclick' is not allowed on <p>", 12)),
                allowlist.checkFragment("<p\n  title=\"x\"\n  onclick=\"y\">text</p>", 10));
    }

    @Test
    void checkReportsLinesOfATrackedParseAndNoLineOtherwise() {
        String html = "<p>ok</p>\n<p>\n<script>x()</script></p>";
        Element tracked = Parser.htmlParser().setTrackPosition(true).parseInput(html, "").body();
        assertEquals(List.of(new Violation("raw HTML: <script> is not allowed " + ALLOWED, 3)), allowlist.check(tracked));
        List<Violation> untracked = allowlist.check(Jsoup.parseBodyFragment(html).body());
        assertEquals(List.of(new Violation("raw HTML: <script> is not allowed " + ALLOWED, Violation.UNKNOWN_LINE)), untracked);
        assertFalse(untracked.get(0).hasLine());
    }

    @Test
    void markerAttributesAreAllowedOnlyOnTheElementsFlexmarkPutsThemOnAndNeverInRawHtml() {
        Element body = Jsoup.parseBodyFragment("<div data-region-block=\"eu\"><p><a data-link=\"0\" "
                + "data-auto-text=\"\">x</a></p></div>").body();
        assertEquals(List.of(), renderedBody.check(body));
        assertEquals(3, allowlist.check(body).size(), "the plain allowlist refuses every marker");
        assertEquals(List.of(new Violation("raw HTML: the attribute 'data-link' is not allowed on <p>", Violation.UNKNOWN_LINE)),
                renderedBody.check(Jsoup.parseBodyFragment("<p data-link=\"1\">x</p>").body()));
    }

    @Test
    void aPayloadSplitOverTwoFragmentsIsCaughtOnThePageParse() {
        // the HTML block ends inside <img alt='…; in the page, the code spans' quotes end the attributes and the tag
        Converted converted = convert("<div>\n<img alt='\n\n`' onerror='alert(1)' x='`\n\n`'>`\n\n</div>");
        assertEquals(List.of("raw HTML: a tag is not finished: end it with '>' before the HTML block ends"), converted.messages());
        assertTrue(renderedBody.check(converted.body()).stream()
                        .anyMatch(v -> v.message().equals("raw HTML: the attribute 'onerror' is not allowed on <img>")),
                converted.body().html());
    }

    @Test
    void deeplyNestedHtmlIsWalkedWithoutRecursion() {
        String html = "<div>".repeat(20_000) + "<img src=\"a.png\" onerror=\"x()\">" + "</div>".repeat(20_000);
        assertEquals(List.of(new Violation("raw HTML: elements are nested more than 256 levels deep: flatten them", Violation.UNKNOWN_LINE),
                        new Violation("raw HTML: the attribute 'onerror' is not allowed on <img>", Violation.UNKNOWN_LINE)),
                allowlist.check(Jsoup.parseBodyFragment(html).body()));
        assertEquals(List.of(), allowlist.check(Jsoup.parseBodyFragment("<div>".repeat(255) + "x").body()), "255 levels are fine");
    }

    @Test
    void linkAndResourceProblemsUseTheUrlPolicy() {
        assertEquals("'javascript:' URLs are not allowed", allowlist.linkProblem("jav&#x09;ascript:x").orElseThrow());
        assertTrue(allowlist.linkProblem("https://example.org/").isEmpty());
        assertEquals("images must load a local file, not 'https://x.example/a.png'",
                allowlist.resourceProblem("https://x.example/a.png").orElseThrow());
    }
}
