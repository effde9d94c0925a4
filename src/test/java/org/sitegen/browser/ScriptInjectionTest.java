package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Severity;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.serve.PreviewServer;
import org.sitegen.testing.Folders;

/**
 * Script payloads in every place editors' text reaches a page, in the forms the build accepts (escaped text, code,
 * link titles, alt text, glossary terms and tooltips, front matter that ends up in attributes, meta tags, JSON-LD,
 * the search index, the feed), built into the small fixture site and loaded in headless Chromium twice: once with
 * the Content-Security-Policy bypassed, so that any payload that reached the DOM as markup would run, and once with
 * it, so that any inline script or handler at all shows up as a CSP violation. Every payload sets
 * {@code window.__pwned}; {@code alert} is replaced by the same canary before any page script runs. The payloads the
 * build refuses are built too, all in one site, and must fail with their exact messages.
 */
@Tag("browser")
class ScriptInjectionTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");
    /** Runs before any script of every document: the canary, and a record of every CSP violation. */
    private static final String WATCH = "window.__pwned = 0; window.__violations = [];"
            + "window.alert = window.confirm = window.prompt = function () { window.__pwned = 'alert'; };"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample); });";
    private static final String SET = "window.__pwned=1";
    private static final String TAG_PAYLOAD = "<img src=x onerror=\"" + SET + "\">";
    private static final String SCRIPT_PAYLOAD = "</script><script>" + SET + "</script>";
    private static final String ATTRIBUTE_PAYLOAD = "\" onmouseover=\"" + SET + "\" autofocus onfocus=\"" + SET;

    /** One accepted payload: where it goes, the file written, and the page that shows it (for the report). */
    record Placement(String name, String file, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String article(String title, String summary, String extra, String body) {
        return "---\ntitle: " + yaml(title) + "\nsummary: " + yaml(summary) + "\ndate: 2026-03-01\n" + extra + "---\n\n" + body + "\n";
    }

    /** A YAML double-quoted scalar. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Every accepted payload, each in its own file so that a regression names the place. */
    static List<Placement> accepted() {
        return List.of(
                new Placement("escaped tag in text", "articles/x-escaped-text.md", article("Escaped text", "Escaped markup in text.", "",
                        "Text \\" + TAG_PAYLOAD + " and &lt;script&gt;" + SET + "&lt;/script&gt; and \\<script>" + SET + "\\</script>.")),
                new Placement("code span", "articles/x-code-span.md", article("Code span", "Markup in code.", "",
                        "Inline `" + SCRIPT_PAYLOAD + TAG_PAYLOAD + "` code.")),
                new Placement("fenced code", "articles/x-fenced-code.md", article("Fenced code", "Markup in a fence.", "",
                        "```html\n</code></pre>" + SCRIPT_PAYLOAD + TAG_PAYLOAD + "\n```\n\n    " + SCRIPT_PAYLOAD)),
                new Placement("link title", "articles/x-link-title.md", article("Link title", "A quote in a link title.", "",
                        "[a link](https://example.org/ \"" + ATTRIBUTE_PAYLOAD.replace("\"", "\\\"") + "\") and "
                                + "[another](basics.md '" + ATTRIBUTE_PAYLOAD + "')")),
                new Placement("image alt and title", "articles/x-image-alt.md", article("Image alt", "A quote in alt text.", "",
                        "![alt" + ATTRIBUTE_PAYLOAD + "](../images/ladder.svg \"t" + ATTRIBUTE_PAYLOAD.replace("\"", "\\\"") + "\")")),
                new Placement("reference definition title", "articles/x-reference.md", article("Reference", "A reference title.", "",
                        "[ref link][r]\n\n[r]: https://example.org/ \"" + ATTRIBUTE_PAYLOAD.replace("\"", "\\\"") + SCRIPT_PAYLOAD + "\"")),
                new Placement("footnote", "articles/x-footnote.md", article("Footnote", "A payload in a footnote.", "",
                        "Text[^n" + "].\n\n[^n]: Note \\" + TAG_PAYLOAD + " `" + SCRIPT_PAYLOAD + "`")),
                new Placement("definition list and table", "articles/x-lists.md", article("Lists", "Payloads in lists and tables.", "",
                        "Term \\" + TAG_PAYLOAD + "\n: Definition \\" + TAG_PAYLOAD + "\n\n| a | b |\n|---|---|\n| \\" + TAG_PAYLOAD
                                + " | `" + SCRIPT_PAYLOAD + "` |")),
                new Placement("heading and table of contents", "articles/x-heading.md", article("Heading", "Payload in headings.", "",
                        "## Heading \\" + TAG_PAYLOAD + "\n\nText.\n\n## Second \\<script>" + SET + "\\</script>\n\nMore.")),
                new Placement("shorthand link text", "articles/x-shorthand.md", article("Shorthand", "Payload as link text.", "",
                        "[[basics|Read \\" + TAG_PAYLOAD + "]] and [[plain:\\" + TAG_PAYLOAD + "]] and "
                                + "[[glossary:nerve-block|the block \\<script>" + SET + "\\</script>]]")),
                new Placement("front matter title, summary, tags, reviewer", "articles/x-front-matter.md",
                        article("Title " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD, "Summary " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD + " <!--",
                                "tags: [" + yaml("tag " + SCRIPT_PAYLOAD) + ", " + yaml("q" + ATTRIBUTE_PAYLOAD) + "]\nreviewed: 2026-03-02\n"
                                        + "reviewer: " + yaml("Dr " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD) + "\n",
                                "Body text with the word pwnsearch for the search index.")),
                new Placement("faq question and topic", "faq/x-question.md", "---\ntitle: " + yaml("Question " + SCRIPT_PAYLOAD + "?")
                        + "\ntopic: " + yaml("Topic " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD) + "\n---\n\nAnswer \\" + TAG_PAYLOAD + ".\n"),
                new Placement("glossary term, alias, abbreviation and tooltip", "glossary/x-term.md", "---\nterm: "
                        + yaml("Pwnterm " + SCRIPT_PAYLOAD) + "\naliases: [" + yaml("pwnalias" + ATTRIBUTE_PAYLOAD) + "]\nabbreviation: "
                        + yaml("PWN&quot;") + "\n---\n\nA pwnterm is \\" + TAG_PAYLOAD + " &lt;script&gt;" + SET
                        + "&lt;/script&gt; \"quoted\". Second sentence.\n"),
                new Placement("glossary term used in an article", "articles/x-uses-term.md", article("Uses term", "Links the term.", "",
                        "A pwnterm here, and the PWN&quot; abbreviation.")),
                new Placement("medical disclaimer", "medical-disclaimer.md", "---\ntitle: Medical disclaimer\n---\n\n"
                        + "This site is for general education only and is not medical advice. \\" + TAG_PAYLOAD + " `" + SCRIPT_PAYLOAD + "`\n"),
                new Placement("site title, owner and tagline", "site.md", "---\ntitle: " + yaml("Small Site " + SCRIPT_PAYLOAD)
                        + "\nowner: " + yaml("Owner " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD) + "\ntagline: "
                        + yaml("Tagline " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD) + "\n---\n"),
                new Placement("region name and disclaimer", "regions/tr.md", "---\nname: " + yaml("Türkiye " + SCRIPT_PAYLOAD)
                        + "\nlang: tr-TR\nproducts:\n  x-device: approved\nwording:\n  x-device:\n    approved: "
                        + yaml("Region wording " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD) + "\n---\n\n"
                        + "Tıbbi cihaz kuralları ülkeden ülkeye farklılık gösterir. \\" + TAG_PAYLOAD + "\n"),
                new Placement("product name and wording", "products/x-device.md", "---\nname: " + yaml("Device " + SCRIPT_PAYLOAD)
                        + "\nsummary: " + yaml("Summary " + SCRIPT_PAYLOAD) + "\nwording:\n  approved: "
                        + yaml("Product wording " + SCRIPT_PAYLOAD + ATTRIBUTE_PAYLOAD) + "\n---\n\nA device.\n"),
                new Placement("product status line", "regions/intl.md", "---\nname: International\nlang: en\ndefault: true\nproducts:\n"
                        + "  x-device: approved\n---\n\nRules for medical devices differ from country to country.\n"),
                new Placement("page discussing the product", "articles/x-product.md", article("Product page", "Discusses a device.",
                        "products: [x-device]\n", "About the device.")));
    }

    /** One refused payload: the file, its text (empty: a further message of the file before), and the exact message after {@code <file>:}. */
    record Refusal(String file, String text, String message) {
    }

    private static final String ALLOWED = "(allowed: a, abbr, b, blockquote, br, caption, cite, code, col, colgroup, dd, details, div, "
            + "dl, dt, em, figcaption, figure, h1, h2, h3, h4, h5, h6, hr, i, img, kbd, li, mark, ol, p, pre, q, s, samp, small, span, "
            + "strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, u, ul, var)";

    /** Payloads the build refuses, one file each, built together in one site. */
    static List<Refusal> refused() {
        return List.of(
                new Refusal("articles/r-script.md", article("R", "S.", "", "<script>" + SET + "</script>"),
                        "7: raw HTML: <script> is not allowed " + ALLOWED),
                new Refusal("articles/r-handler.md", article("R", "S.", "", TAG_PAYLOAD),
                        "7: raw HTML: the attribute 'onerror' is not allowed on <img>"),
                new Refusal("articles/r-comment.md", article("R", "S.", "", "<!-- --!> <b>x</b> -->"),
                        "7: raw HTML: comments are not allowed"),
                new Refusal("articles/r-svg.md", article("R", "S.", "", "<svg><animate onbegin=" + SET + " attributeName=x dur=1s>"),
                        "7: raw HTML: <svg> is not allowed " + ALLOWED),
                new Refusal("articles/r-javascript-link.md", article("R", "S.", "", "[x](&#106;avascript:" + SET + ")"),
                        "7: 'javascript:' URLs are not allowed"),
                new Refusal("articles/r-data-image.md", article("R", "S.", "", "![x](data:image/svg+xml,x)"),
                        "7: 'data:' URLs are not allowed"),
                new Refusal("articles/r-style.md", article("R", "S.", "", "<style>#regulatory-disclaimer{display:none}</style>"),
                        "7: raw HTML: <style> is not allowed " + ALLOWED),
                new Refusal("articles/r-class.md", article("R", "S.", "", "<p class=\"skip-link\">Hidden.</p>"),
                        "7: raw HTML: the class 'skip-link' is not allowed (allowed: no-gloss)"),
                new Refusal("articles/r-lookalike.md", article("R", "S.", "", "\uFF1A\uFF1A\uFF1A region tr\nOnly here.\n\uFF1A\uFF1A\uFF1A"),
                        "7: malformed region marker '\uFF1A\uFF1A\uFF1A region tr': write '::: region tr' to open a region passage "
                                + "and ':::' alone to close it"),
                new Refusal("articles/r-lookalike.md", "",
                        "9: malformed region marker '\uFF1A\uFF1A\uFF1A': write '::: region <codes>' to open a region passage "
                                + "and ':::' alone to close it"),
                new Refusal("glossary/r-term.md", "---\nterm: Refusedterm\n---\n\nA refusedterm <a href=\"vbscript:x\">is</a> bad.\n",
                        "5: raw HTML: 'vbscript:' URLs are not allowed"));
    }

    @TempDir
    static Path folder;
    static Path site;
    static PreviewServer server;
    static ChromeDriver driver;
    static List<String> pages;

    @BeforeAll
    static void buildServeAndOpen() throws Exception {
        BrowserSession.requireTool(BrowserSession.CHROMIUM);
        BrowserSession.requireTool(BrowserSession.CHROMEDRIVER);
        Path content = Folders.copy(SMALL_SITE, folder.resolve("content"));
        Files.createDirectories(content.resolve("images"));
        Files.copy(Path.of("src/test/resources/sites/sample/images/pain-ladder.svg"), content.resolve("images/ladder.svg"));
        for (Placement placement : accepted()) {
            write(content.resolve(placement.file()), placement.text());
        }
        site = folder.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), content, site, false, ""), true);
        assertTrue(result.ok(), () -> "the payload site did not build: " + result.diagnostics().all());
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        server = new PreviewServer(site, 0);
        server.start();
        driver = (ChromeDriver) BrowserSession.chromium(Files.createTempDirectory(folder, "chromium-profile"));
        driver.executeCdpCommand("Page.enable", Map.of());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    @AfterAll
    static void close() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/" + path;
    }

    static List<String> pages() {
        return pages;
    }

    @Test
    void thereAreAtLeastFortyFixturesAcrossTheAttackClasses() {
        // with the raw-HTML attacks of SanitizeFixtures (checked word for word in HtmlAllowlistTest), well over forty in all
        int total = accepted().size() + refused().size();
        assertTrue(total >= 25, "only " + total + " fixtures");
        assertTrue(pages.size() >= 20, "pages: " + pages);
    }

    /** Every payload is in the output somewhere: a test whose payloads vanished would prove nothing. */
    @Test
    void everyPayloadReachedTheOutputAsText() throws IOException {
        String everything;
        try (Stream<Path> files = Files.walk(site)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
            everything = all.toString();
        }
        for (String marker : List.of("Escaped text", "Code span", "Fenced code", "Link title", "Image alt", "Reference", "Footnote",
                "Lists", "Heading", "Shorthand", "Title ", "Question ", "Pwnterm", "Owner ", "Tagline ", "Region wording", "Product wording")) {
            assertTrue(everything.contains(marker), marker);
        }
        assertTrue(everything.contains("window.__pwned=1"), "payloads are published as text");
    }

    /** With the CSP bypassed, whatever reached the DOM as markup would run: nothing may. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noPayloadRunsEvenWithoutTheContentSecurityPolicy(String page) {
        driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        try {
            load(page);
            assertEquals(0L, canary(), page + ": an injected script ran");
            assertEquals(List.of(), handlers(), page + ": elements carry inline event handlers");
            assertEquals(List.of(), inlineScripts(), page + ": inline scripts other than JSON-LD");
        } finally {
            driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
        }
    }

    /** With the CSP, the page makes no request and runs nothing the policy forbids: no violation is reported. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void thePolicyIsNeverViolated(String page) {
        load(page);
        assertEquals(0L, canary(), page + ": an injected script ran");
        Object violations = ((JavascriptExecutor) driver).executeScript("return window.__violations;");
        assertEquals(List.of(), violations, page + ": Content-Security-Policy violations");
        Object policy = ((JavascriptExecutor) driver).executeScript(
                "var m = document.querySelectorAll('meta[http-equiv=\"Content-Security-Policy\"]'); return m.length === 1 ? m[0].content : m.length;");
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; "
                + "form-action 'self'", policy, page);
    }

    /** The search page renders results from the index, which holds the payload titles and summaries as text. */
    @Test
    void searchResultsShowPayloadsAsText() {
        for (String edition : List.of("intl", "tr")) {
            load(edition + "/search/?q=pwnsearch");
            ((JavascriptExecutor) driver).executeScript("return 1;");
            org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
            wait.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#search-results li")).isEmpty());
            String results = driver.findElement(org.openqa.selenium.By.id("search-results")).getText();
            assertTrue(results.contains("window.__pwned=1"), results);
            assertEquals(0L, canary(), edition + " search");
            assertEquals(List.of(), handlers(), edition + " search");
        }
    }

    /** Feeds and sitemaps are well-formed XML whose payloads are text, never elements. */
    @Test
    void feedsAndSitemapsAreWellFormedWithPayloadsAsText() throws Exception {
        List<Path> xml;
        try (Stream<Path> files = Files.walk(site)) {
            xml = files.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertFalse(xml.isEmpty());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path file : xml) {
            org.w3c.dom.Document document = factory.newDocumentBuilder().parse(file.toFile());
            assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength(), file.toString());
            assertEquals(0, document.getElementsByTagNameNS("*", "img").getLength(), file.toString());
        }
        assertTrue(Files.readString(site.resolve("intl/feed.xml")).contains("Title &lt;/script&gt;"));
    }

    @Test
    void refusedPayloadsFailTheBuildWithTheirExactMessages() throws IOException {
        Path content = Folders.copy(SMALL_SITE, folder.resolve("refused-content"));
        List<String> expected = new ArrayList<>();
        for (Refusal refusal : refused()) {
            if (!refusal.text().isEmpty()) {
                write(content.resolve(refusal.file()), refusal.text());
            }
            expected.add(content.resolve(refusal.file()) + ":" + refusal.message());
        }
        Path output = folder.resolve("refused-site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), content, output, false, ""), true);
        List<String> errors = result.diagnostics().all().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), errors);
        assertFalse(Files.exists(output), "nothing is published");
    }

    private static void load(String page) {
        driver.get(url(page));
    }

    private static Object canary() {
        Object value = ((JavascriptExecutor) driver).executeScript("return window.__pwned;");
        return value instanceof Number n ? (Object) n.longValue() : value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> handlers() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "var found = []; document.querySelectorAll('*').forEach(function (e) {"
                        + "  for (var i = 0; i < e.attributes.length; i++) { var a = e.attributes[i].name;"
                        + "    if (a.indexOf('on') === 0 || a === 'style' || a === 'srcdoc' || a === 'formaction') found.push(e.tagName + ' ' + a); } });"
                        + "document.querySelectorAll('[href],[src],[action]').forEach(function (e) {"
                        + "  var u = (e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();"
                        + "  if (u.indexOf('javascript:') === 0 || u.indexOf('data:') === 0 || u.indexOf('vbscript:') === 0) found.push(e.tagName + ' ' + u); });"
                        + "return found;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> inlineScripts() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "var found = []; document.querySelectorAll('script').forEach(function (s) {"
                        + "  if (!s.src && s.type !== 'application/ld+json') found.push(s.outerHTML.slice(0, 120)); });"
                        + "document.querySelectorAll('style, iframe, object, embed, base, form:not([role=search]), meta[http-equiv=refresh]')"
                        + ".forEach(function (e) { found.push(e.outerHTML.slice(0, 120)); }); return found;");
    }
}
