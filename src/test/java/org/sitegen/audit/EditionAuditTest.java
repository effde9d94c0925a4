package org.sitegen.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Severity;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.render.ProductLines;
import org.sitegen.testing.TestContent;

/**
 * {@link EditionAudit} on the sample site as built, then on copies with one regulatory mistake each: the audit
 * names exactly that mistake.
 */
class EditionAuditTest {
    @TempDir
    static Path temp;
    static Path built;
    static final List<Region> REGIONS = TestContent.sampleRegions();
    static final List<Product> PRODUCTS = TestContent.sampleProducts();
    static final Map<String, org.sitegen.lang.Messages> MESSAGES =
            new org.sitegen.lang.MessageFiles(Path.of("templates")).forRegions(REGIONS, new Diagnostics());
    /** The product line each edition must show: the Turkish edition shows the products' Turkish translations. */
    static final Map<String, Map<String, String>> LINES = productLines();

    private static Map<String, Map<String, String>> productLines() {
        Map<String, Map<String, String>> lines = new java.util.HashMap<>();
        for (Region region : REGIONS) {
            Map<String, String> byProduct = new java.util.HashMap<>();
            for (Product product : PRODUCTS) {
                Product shown = region.code().equals("tr") ? turkish(product) : product;
                byProduct.put(product.id(), ProductLines.text(shown, region, MESSAGES.get(region.code())));
            }
            lines.put(region.code(), byProduct);
        }
        return lines;
    }

    private static Product turkish(Product product) {
        String file = "products/" + product.id() + ".tr.md";
        org.sitegen.model.Translation t = TestContent.read(file, TestContent.readString(TestContent.CONTENT.resolve(file)),
                org.sitegen.model.Translation.class);
        return new Product(product.id(), t.path(), t.name().orElseThrow(), t.summary(), t.wording(), t.lines());
    }

    @BeforeAll
    static void build() {
        built = temp.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, TestContent.CONTENT, built, false, ""), true);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        assertEquals(List.of("eu", "intl", "tr", "us"), REGIONS.stream().map(Region::code).toList());
    }

    private static List<Diagnostic> audit(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        new EditionAudit(REGIONS, LINES).audit(root, diagnostics);
        return diagnostics.all();
    }

    /** A fresh copy of the built site with {@code tamper} applied to one page. */
    private static Path tampered(String name, String page, Consumer<Document> tamper) throws IOException {
        Path copy = temp.resolve(name);
        try (Stream<Path> files = Files.walk(built)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(built.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path file = copy.resolve(page);
        Document document = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        String before = document.outerHtml();
        tamper.accept(document);
        assertNotEquals(before, document.outerHtml(), "the tampering changed the page");
        Files.writeString(file, document.outerHtml(), StandardCharsets.UTF_8);
        return copy;
    }

    private static Diagnostic error(String page, String message) {
        return new Diagnostic(Severity.ERROR, "output/" + page, 0, message);
    }

    private static Region region(String code) {
        return REGIONS.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static Product product(String id) {
        return PRODUCTS.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void untamperedOutputPasses() {
        assertEquals(List.of(), audit(built));
    }

    @Test
    void missingDisclaimer() throws IOException {
        Path root = tampered("missing", "us/faq/index.html", d -> d.selectFirst("aside#regulatory-disclaimer").remove());
        assertEquals(List.of(error("us/faq/index.html", "audit: page has no regulatory disclaimer block")), audit(root));
    }

    @Test
    void duplicatedDisclaimer() throws IOException {
        Path root = tampered("duplicated", "tr/articles/radiofrequency-ablation/index.html", d -> {
            Element aside = d.selectFirst("aside#regulatory-disclaimer");
            aside.after(aside.clone());
        });
        assertEquals(List.of(error("tr/articles/radiofrequency-ablation/index.html", "audit: page has 2 regulatory disclaimer blocks")),
                audit(root));
    }

    @Test
    void problemOfAnArticlePageNamesItsSourceFile() throws IOException {
        String page = "tr/articles/radiofrequency-ablation/index.html";
        Path root = tampered("named-source", page, d -> d.selectFirst("aside#regulatory-disclaimer").remove());
        Diagnostics diagnostics = new Diagnostics();
        new EditionAudit(REGIONS, LINES, "target/site", "",
                Map.of("articles/radiofrequency-ablation/index.html", "content/articles/radiofrequency-ablation.md"))
                .audit(root, diagnostics);
        assertEquals(List.of(new Diagnostic(Severity.ERROR, "content/articles/radiofrequency-ablation.md", 0,
                "audit: page has no regulatory disclaimer block (in target/site/" + page + ")")), diagnostics.all());
    }

    @Test
    void aShorthandPrefixShownAsTextFailsTheAudit() throws IOException {
        String page = "tr/articles/pain-ladder-and-multidisciplinary-care/index.html";
        Path root = tampered("plain-prefix", page, d -> d.selectFirst(".body .no-gloss").text("plain:spinal stenoz"));
        assertEquals(List.of(error(page, "audit: a link shorthand's prefix was published as text: 'plain:spinal stenoz'")), audit(root));
    }

    @Test
    void linkMarkupShownAsTextFailsTheAudit() throws IOException {
        String page = "intl/faq/index.html";
        Path root = tampered("brackets", page, d -> d.selectFirst(".answer").appendElement("p").text("See [[glossary:nerve-block]] too."));
        assertEquals(List.of(error(page, "audit: link markup was published as text: 'See [[glossary:nerve-block]] too.' "
                + "(a shorthand that did not become a link or a phrase; to show brackets themselves, put them in `code`)")), audit(root));
    }

    @Test
    void disclaimerOfAnotherRegion() throws IOException {
        Path root = tampered("other-region", "intl/index.html", d -> d.selectFirst("aside#regulatory-disclaimer").attr("data-region", "us"));
        assertEquals(List.of(error("intl/index.html", "audit: disclaimer block is for region 'us', not 'intl'")), audit(root));
    }

    @Test
    void productLineWithAnotherRegionsWording() throws IOException {
        String usWording = ProductLines.text(product("scs-system"), region("us"), MESSAGES.get("us"));
        assertNotEquals(usWording, ProductLines.text(product("scs-system"), region("eu"), MESSAGES.get("eu")));
        String page = "eu/articles/neuromodulation/index.html";
        Path root = tampered("wording", page, d -> d.selectFirst("li[data-product=scs-system]").text(usWording));
        assertEquals(List.of(error(page, "audit: product line 'scs-system' shows wording that is not for region 'eu'")), audit(root));
    }

    @Test
    void productLineMarkedForAnotherRegion() throws IOException {
        String page = "us/articles/radiofrequency-ablation/index.html";
        Path root = tampered("line-region", page, d -> d.selectFirst("li[data-product=rf-generator]").attr("data-region", "eu"));
        assertEquals(List.of(error(page, "audit: product line 'rf-generator' shows wording that is not for region 'us'")), audit(root));
    }

    @Test
    void productNotApprovedWithoutItsStatusNotice() throws IOException {
        String page = "eu/articles/neuromodulation/index.html";
        Path root = tampered("no-notice", page, d -> d.selectFirst(".status-notice").remove());
        assertEquals(List.of(error(page, "audit: product 'scs-system' is not approved in this region, but the page has no status "
                + "notice for it before its body")), audit(root));
    }

    @Test
    void statusNoticeAfterTheBody() throws IOException {
        String page = "eu/articles/neuromodulation/index.html";
        Path root = tampered("late-notice", page, d -> d.selectFirst("div.body").after(d.selectFirst(".status-notice")));
        assertEquals(List.of(error(page, "audit: status notice for product 'scs-system' comes after the page's body; it must come before it")),
                audit(root));
    }

    @Test
    void statusNoticeWithAnotherRegionsWordingOrFolded() throws IOException {
        String page = "eu/articles/neuromodulation/index.html";
        String usWording = ProductLines.text(product("scs-system"), region("us"), MESSAGES.get("us"));
        Path root = tampered("notice-wording", page, d -> d.selectFirst("[data-status-notice=scs-system]").text(usWording));
        assertEquals(List.of(error(page, "audit: status notice for product 'scs-system' shows wording that is not for region 'eu'")),
                audit(root));
        Path folded = tampered("notice-folded", page, d -> d.selectFirst(".status-notice").wrap("<details></details>"));
        assertEquals(List.of(error(page, "audit: the status notice for 'scs-system' is inside <details>, where readers may not see it")),
                audit(folded));
    }

    @Test
    void productLineOutsideTheDisclaimer() throws IOException {
        String page = "us/faq/index.html";
        Path root = tampered("line-outside", page, d -> d.selectFirst("main").appendElement("p").attr("data-product", "scs-system")
                .text(ProductLines.text(product("scs-system"), region("us"), MESSAGES.get("us"))));
        assertEquals(List.of(error(page, "audit: product line 'scs-system' is not one of this region's disclaimer lines")), audit(root));
    }

    @Test
    void linkToAPageAbsentFromTheEdition() throws IOException {
        assertTrue(Files.isRegularFile(built.resolve("us/articles/neuromodulation/index.html")));
        assertTrue(Files.notExists(built.resolve("tr/articles/neuromodulation/index.html")));
        Path root = tampered("absent", "tr/index.html", d -> d.selectFirst("main").appendElement("a")
                .attr("href", "articles/neuromodulation/").text("Neuromodulation"));
        assertEquals(List.of(error("tr/index.html", "audit: link 'articles/neuromodulation/' points to a page that is not in this edition")),
                audit(root));
    }

    @Test
    void linkToAMissingAnchor() throws IOException {
        String page = "intl/articles/radiofrequency-ablation/index.html";
        Path root = tampered("anchor", page, d -> d.selectFirst("div.body").appendElement("a").attr("href", "../../faq/#no-such-entry").text("x"));
        assertEquals(List.of(error(page, "audit: link '../../faq/#no-such-entry' points to a missing anchor '#no-such-entry'")), audit(root));
    }

    @Test
    void linkLeavingTheSite() throws IOException {
        Path root = tampered("leaving", "eu/index.html", d -> d.selectFirst("main").appendElement("a").attr("href", "../../elsewhere/").text("x"));
        assertEquals(List.of(error("eu/index.html", "audit: link '../../elsewhere/' leaves the site")), audit(root));
    }

    @Test
    void crossEditionLinkOutsideTheRegionSwitcher() throws IOException {
        String page = "tr/articles/radiofrequency-ablation/index.html";
        Path root = tampered("cross", page, d -> d.selectFirst("div.body").appendElement("a")
                .attr("href", "../../../us/articles/radiofrequency-ablation/").text("US edition"));
        assertEquals(List.of(error(page, "audit: link '../../../us/articles/radiofrequency-ablation/' leads into another edition outside the region switcher")),
                audit(root));
    }

    @Test
    void crossEditionLinksInTheSwitcherAndAlternatesAreAllowed() throws IOException {
        String page = "tr/articles/radiofrequency-ablation/index.html";
        Path root = tampered("switcher", page, d -> {
            d.selectFirst("nav.region-switcher ul").appendElement("li").appendElement("a")
                    .attr("href", "../../../us/articles/neuromodulation/").text("US only");
            d.head().appendElement("link").attr("rel", "alternate").attr("hreflang", "en-US").attr("href", "../../../us/faq/");
        });
        assertEquals(List.of(), audit(root));
    }

    /** Ways to hide the disclaimer, or a part of it, that an edited template or a slipped-through body could use. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hidden                 | audit: the disclaimer block is hidden (hidden attribute)
            aria-hidden            | audit: the disclaimer block is hidden from screen readers (aria-hidden)
            in-details             | audit: the disclaimer block is inside <details>, where readers may not see it
            in-template            | audit: the disclaimer block is inside <template>, where readers may not see it
            styled-parent          | audit: the disclaimer block's parent <body> has an inline style
            details-inside         | audit: the disclaimer block contains <details>, which hides part of it
            hidden-paragraph       | audit: the disclaimer block contains <p> with 'hidden', which hides part of it
            aria-hidden-list       | audit: the disclaimer block contains <ul> with 'aria-hidden', which hides part of it
            noscript-inside        | audit: the disclaimer block contains <noscript>, which hides part of it
            """)
    void aHiddenOrFoldedDisclaimerFailsTheAudit(String how, String message) throws IOException {
        String page = "eu/articles/neuromodulation/index.html";
        Path root = tampered("hide-" + how, page, d -> {
            Element aside = d.selectFirst("aside#regulatory-disclaimer");
            Element medical = aside.selectFirst(".medical-disclaimer");
            switch (how) {
                case "hidden" -> aside.attr("hidden", true);
                case "aria-hidden" -> aside.attr("aria-hidden", "true");
                case "in-details" -> aside.wrap("<details></details>");
                case "in-template" -> aside.wrap("<template></template>");
                case "styled-parent" -> d.body().attr("style", "display:none");
                case "details-inside" -> medical.wrap("<details></details>");
                case "hidden-paragraph" -> medical.selectFirst("p").attr("hidden", true);
                case "aria-hidden-list" -> aside.selectFirst("ul.product-status").attr("aria-hidden", "true");
                case "noscript-inside" -> medical.wrap("<noscript></noscript>");
                default -> throw new IllegalArgumentException(how);
            }
        });
        List<Diagnostic> problems = audit(root);
        assertTrue(problems.contains(error(page, message)), () -> problems.toString());
    }

    @Test
    void everyTamperingIsReportedInOneRun() throws IOException {
        Path root = tampered("all", "us/index.html", d -> {
            d.selectFirst("aside#regulatory-disclaimer").remove();
            d.selectFirst("main").appendElement("a").attr("href", "../eu/tags/").text("EU topics");
        });
        Path eu = root.resolve("eu/glossary/index.html");
        Document glossary = Jsoup.parse(Files.readString(eu, StandardCharsets.UTF_8));
        glossary.selectFirst("main").appendElement("a").attr("href", "#no-such-term");
        Files.writeString(eu, glossary.outerHtml(), StandardCharsets.UTF_8);
        assertEquals(List.of(
                error("eu/glossary/index.html", "audit: link '#no-such-term' points to a missing anchor '#no-such-term'"),
                error("us/index.html", "audit: link '../eu/tags/' leads into another edition outside the region switcher"),
                error("us/index.html", "audit: page has no regulatory disclaimer block")), audit(root));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            us/index.html                          | faq/                      | us/faq/
            us/index.html                          | faq/#what-are-the-risks   | us/faq/
            us/index.html                          | #main                     | us/index.html
            us/index.html                          | ?q=1                      | us/index.html
            us/index.html                          | ../                       | ''
            us/index.html                          | ../eu/                    | eu/
            us/index.html                          | ../../                    | NULL
            us/articles/x/index.html               | ../../glossary/#facet     | us/glossary/
            us/articles/x/index.html               | ../y/                     | us/articles/y/
            us/articles/x/index.html               | ./                        | us/articles/x/
            us/articles/x/index.html               | .                         | us/articles/x/
            us/articles/x/index.html               | ..                        | us/articles/
            us/articles/x/index.html               | ../../../css/site.css     | css/site.css
            us/articles/x/index.html               | ../../feed.xml?x=1#y      | us/feed.xml
            index.html                             | us/                       | us/
            index.html                             | ../index.html             | NULL
            """)
    void resolveFindsTheOutputPathOfAnHref(String page, String href, String expected) {
        assertEquals(expected, EditionAudit.resolve(page, href));
    }

    @Test
    void resolveKeepsAnEmptyHrefOnItsPage() {
        assertEquals("us/faq/index.html", EditionAudit.resolve("us/faq/index.html", ""));
        assertNull(EditionAudit.resolve("us/faq/index.html", "../../.."));
        assertNotNull(EditionAudit.resolve("us/faq/index.html", "../.."));
    }
}
