package org.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.cli.Main;
import org.sitegen.testing.BuiltSite;
import org.sitegen.testing.TestContent;
import org.yaml.snakeyaml.Yaml;

/**
 * End to end: the project's sample content built once, and every promise the README makes checked on the
 * written HTML of every edition.
 */
class SampleSiteTest {
    private static final List<String> EDITIONS = List.of("eu", "intl", "tr", "us");
    private static final String NEUROMODULATION = "neuromodulation";
    private static final String SCS_FAQ = "what-is-a-trial-period-for-spinal-cord-stimulation";

    @TempDir
    static Path temp;
    static BuildResult result;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        result = new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, TestContent.CONTENT, temp.resolve("site"), false, ""), true);
        site = new BuiltSite(temp.resolve("site"));
    }

    // ---- the sample content, read independently of the build ----

    /** Front matter of a sample content file, parsed with plain SnakeYAML. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(Path file) {
        String text = TestContent.readString(file);
        int end = text.indexOf("\n---", 4);
        return new Yaml().load(text.substring(4, end));
    }

    private static Map<String, Map<String, Object>> sample(String folder) {
        return sample(folder, false);
    }

    /** The front matter of a folder's sources, or of its translations (keyed {@code slug.lang}). */
    private static Map<String, Map<String, Object>> sample(String folder, boolean translations) {
        Map<String, Map<String, Object>> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(TestContent.CONTENT.resolve(folder))) {
            files.forEach(f -> documents.put(f.getFileName().toString().replaceFirst("\\.md$", ""), frontMatter(f)));
            // translations (<slug>.<lang>.md) are listed apart
            documents.keySet().removeIf(name -> name.contains(".") != translations);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return documents;
    }

    private static final Map<String, Map<String, Object>> ARTICLES = sample("articles");
    private static final Map<String, Map<String, Object>> FAQ = sample("faq");
    private static final Map<String, Map<String, Object>> TRANSLATED_ARTICLES = sample("articles", true);
    private static final Map<String, Map<String, Object>> TRANSLATED_FAQ = sample("faq", true);

    /** The front matter an edition shows for a page: its translation into the edition's language, else the source's. */
    private static Map<String, Object> shown(Map<String, Map<String, Object>> sources, Map<String, Map<String, Object>> translated,
                                             String code, String slug) {
        return code.equals("tr") && translated.containsKey(slug + ".tr") ? translated.get(slug + ".tr") : sources.get(slug);
    }

    private static boolean withoutScs(String code) {
        return code.equals("tr") || code.equals("intl");
    }

    private static Set<String> expectedArticles(String code) {
        Set<String> slugs = new TreeSet<>(ARTICLES.keySet());
        if (withoutScs(code)) {
            slugs.remove(NEUROMODULATION);
        }
        return slugs;
    }

    private static Set<String> expectedFaq(String code) {
        Set<String> slugs = new TreeSet<>(FAQ.keySet());
        if (withoutScs(code)) {
            slugs.remove(SCS_FAQ);
        }
        return slugs;
    }

    // ---- helpers on the output ----

    private static String code(String page) {
        return page.substring(0, page.indexOf('/'));
    }

    /** "article:slug" or "faq:slug" for a link target, or null for anything else. */
    private static String pageKey(BuiltSite.Target target) {
        String[] parts = target.file().split("/");
        if (parts.length == 4 && parts[1].equals("articles") && parts[3].equals("index.html")) {
            return "article:" + parts[2];
        }
        if (parts.length == 3 && parts[1].equals("faq") && parts[2].equals("index.html") && !target.fragment().isEmpty()) {
            return "faq:" + target.fragment();
        }
        return null;
    }

    /** The article bodies and FAQ answers of an edition: where editors' text, links and glossary terms end up. */
    private static Map<String, Element> bodies(String code) {
        Map<String, Element> bodies = new TreeMap<>();
        site.edition(code).forEach((path, document) -> {
            if (path.startsWith(code + "/articles/")) {
                bodies.put("article:" + path.split("/")[2], document.selectFirst("article.article div.body"));
            }
        });
        for (Element answer : site.page(code + "/faq/index.html").select("details.faq-entry > div.answer")) {
            bodies.put("faq:" + answer.id(), answer);
        }
        bodies.values().forEach(b -> assertNotNull(b, "every article and FAQ entry has a body"));
        return bodies;
    }

    private static String textWithoutTooltips(Element element) {
        Element copy = element.clone();
        copy.select("[role=tooltip]").remove();
        return copy.text();
    }

    // ---- the build ----

    @Test
    void sampleBuildsWithoutDiagnosticsAndCountsItsPages() {
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        assertEquals(List.of(), result.diagnostics().all());
        long written = site.files().stream().filter(f -> f.endsWith(".html") || f.endsWith(".xml")).count();
        assertEquals(written, result.pages(), "the page count reported equals the pages written");
        assertTrue(site.exists("index.html"));
        assertTrue(site.exists("css/site.css"));
        for (String code : EDITIONS) {
            for (String file : List.of("index.html", "faq/index.html", "glossary/index.html", "tags/index.html", "404.html", "sitemap.xml", "feed.xml")) {
                assertTrue(site.exists(code + "/" + file), code + "/" + file);
            }
        }
        assertEquals(EDITIONS, site.page("index.html").select("nav.region-chooser a[data-region]").eachAttr("data-region"));
    }

    @Test
    void buildIsDeterministic() throws IOException {
        Path second = temp.resolve("second");
        assertEquals(0, Main.run("build", "--content", TestContent.CONTENT.toString(), "--output", second.toString()));
        BuiltSite other = new BuiltSite(second);
        assertEquals(site.files(), other.files());
        for (String file : site.files()) {
            assertArrayEquals(Files.readAllBytes(site.root().resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    // ---- links ----

    @Test
    void everyInternalLinkAndAlternateResolvesToAFileAndAnchor() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            for (Element link : page.getValue().select("a[href], link[rel=alternate]")) {
                String href = link.attr("href");
                if (!BuiltSite.internal(href)) {
                    continue;
                }
                checked++;
                Optional<BuiltSite.Target> target = BuiltSite.resolve(page.getKey(), href);
                if (target.isEmpty() || !site.exists(target.get().file())) {
                    broken.add(page.getKey() + ": " + href + " (no such file)");
                } else if (!target.get().fragment().isEmpty()
                        && site.page(target.get().file()).getElementById(target.get().fragment()) == null) {
                    broken.add(page.getKey() + ": " + href + " (no element #" + target.get().fragment() + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 1000, "links checked: " + checked);
    }

    @Test
    void elementIdsAreUniqueOnEveryPage() {
        List<String> duplicates = new ArrayList<>();
        site.pages().forEach((path, document) -> {
            Set<String> seen = new HashSet<>();
            document.select("[id]").forEach(e -> {
                if (!seen.add(e.id())) {
                    duplicates.add(path + "#" + e.id());
                }
            });
        });
        assertEquals(List.of(), duplicates);
    }

    @Test
    void externalLinksGetNoopener() {
        for (Document document : site.pages().values()) {
            for (Element a : document.select("a[href^=http]")) {
                assertEquals("noopener", a.attr("rel"), a::outerHtml);
            }
        }
    }

    // ---- pages ----

    @Test
    void eachEditionPublishesItsArticlesWithTitleAndSummary() {
        for (String code : EDITIONS) {
            Set<String> published = new TreeSet<>();
            site.edition(code).keySet().stream().filter(p -> p.startsWith(code + "/articles/")).forEach(p -> published.add(p.split("/")[2]));
            assertEquals(expectedArticles(code), published, code);
            for (String slug : published) {
                Document page = site.page(code + "/articles/" + slug + "/index.html");
                Map<String, Object> front = shown(ARTICLES, TRANSLATED_ARTICLES, code, slug);
                assertEquals(List.of(front.get("title")), page.select("h1").eachText(), code + " " + slug);
                assertEquals(front.get("summary"), page.selectFirst("article.article p.summary").text(), code + " " + slug);
                assertEquals(front.get("summary"), page.selectFirst("meta[name=description]").attr("content"));
                assertTrue(page.title().startsWith(front.get("title") + " | "), page.title());
            }
        }
    }

    @Test
    void faqPageHasAnAnchorPerEntryOfTheEdition() {
        for (String code : EDITIONS) {
            Document faq = site.page(code + "/faq/index.html");
            List<String> ids = faq.select("details.faq-entry > div.answer[id]").eachAttr("id");
            assertEquals(expectedFaq(code), new TreeSet<>(ids), code);
            assertEquals(ids.size(), new HashSet<>(ids).size());
            for (String slug : ids) {
                Element entry = faq.getElementById(slug).parent();
                assertEquals(shown(FAQ, TRANSLATED_FAQ, code, slug).get("title"), entry.selectFirst("summary > h3").text(), code + " " + slug);
                assertFalse(entry.hasAttr("open"), "answers are folded until asked for: " + slug);
            }
            // the list of questions at the top links every answer, in the order of the answers
            List<String> listed = faq.select("nav.faq-index a[href]").eachAttr("href");
            assertEquals(ids.stream().map(id -> "#" + id).toList(), listed, code);
        }
    }

    @Test
    void everyEditionPageHasExactlyOneDisclaimerForItsRegion() {
        for (String code : EDITIONS) {
            String regionText = frontMatterBody(TestContent.CONTENT.resolve("regions/" + code + ".md"));
            String medicalText = frontMatterBody(TestContent.CONTENT.resolve(code.equals("tr") ? "medical-disclaimer.tr.md" : "medical-disclaimer.md"));
            site.edition(code).forEach((path, document) -> {
                List<Element> asides = document.select("aside#regulatory-disclaimer");
                assertEquals(1, asides.size(), path);
                assertEquals(code, asides.get(0).attr("data-region"), path);
                assertEquals(1, document.select("#regulatory-disclaimer").size(), path);
                assertEquals(regionText, asides.get(0).selectFirst(".regional-disclaimer").text(), path);
                assertEquals(medicalText, asides.get(0).selectFirst(".medical-disclaimer").text(), path);
                document.select("[data-product]").forEach(line -> assertEquals(code, line.attr("data-region"), path));
            });
        }
        assertTrue(site.page("index.html").select("aside#regulatory-disclaimer").isEmpty(), "the region chooser belongs to no region");
    }

    private static String frontMatterBody(Path file) {
        String text = TestContent.readString(file);
        return text.substring(text.indexOf("\n---", 4) + 4).strip().replaceAll("\\s+", " ");
    }

    @Test
    void productLinesStateEachRegionsStatus() {
        Element eu = site.page("eu/articles/neuromodulation/index.html").selectFirst("aside#regulatory-disclaimer li[data-product=scs-system]");
        assertEquals("investigational", eu.attr("data-status"));
        assertEquals("In the European Union, this spinal cord stimulation system is currently limited to clinical investigation "
                + "and is not offered for routine care.", eu.text(), "the region's own wording wins");
        Element us = site.page("us/articles/neuromodulation/index.html").selectFirst("aside#regulatory-disclaimer li[data-product=scs-system]");
        assertEquals("approved", us.attr("data-status"));
        assertEquals("The spinal cord stimulation system is approved for use in this region by trained physicians.", us.text());
        for (String code : EDITIONS) {
            Document rfa = site.page(code + "/articles/radiofrequency-ablation/index.html");
            assertEquals(List.of("rf-generator"), rfa.select("[data-product]").eachAttr("data-product"), code);
            assertEquals(code.equals("tr") ? "Radyofrekans lezyon jeneratörünün bu bölgede eğitimli klinisyenlerce kullanımına izin verilmiştir."
                    : "The radiofrequency lesion generator is cleared for use in this region by trained clinicians.",
                    rfa.selectFirst("[data-product]").text(), "the product's wording, translated in the Turkish edition");
            assertTrue(site.page(code + "/articles/pain-ladder-and-multidisciplinary-care/index.html").select("[data-product]").isEmpty(),
                    "a page discussing no product has no product line");
        }
        assertNull(site.page("us/articles/neuromodulation/index.html").selectFirst("main .status-notice"),
                "an approved product needs no status notice");
        // a product that is not approved: a notice before the body, in the region's wording, the disclaimer line kept
        Document euPage = site.page("eu/articles/neuromodulation/index.html");
        Element notice = euPage.selectFirst("main .status-notice [data-status-notice=scs-system]");
        assertEquals(eu.text(), notice.text());
        assertEquals("investigational", notice.attr("data-status"));
        List<Element> order = euPage.select("main .status-notice, main div.body");
        assertEquals(List.of("status-notice", "body"), order.stream().map(e -> e.className().replace("notice ", "")).toList(),
                "the notice comes before the body");
    }

    // ---- regional editions ----

    @Test
    void pageAboutAnUnavailableProductIsAbsentFromItsEditionEverywhere() {
        for (String code : List.of("tr", "intl")) {
            String prefix = code + "/";
            assertFalse(site.exists(prefix + "articles/neuromodulation/index.html"), code);
            assertFalse(site.exists(prefix + "tags/neuromodulation/index.html"), "a tag only the absent page has is absent too");
            Document home = site.page(prefix + "index.html");
            assertFalse(home.text().contains("An introduction to spinal cord stimulation"), "home lists no summary of it");
            assertTrue(home.select("a").eachText().stream().noneMatch(t -> t.equals("Neuromodulation")), code);
            assertFalse(site.page(prefix + "tags/index.html").select("a").eachText().contains(NEUROMODULATION));
            for (String tag : List.of("procedures", "candidacy", "risks")) {
                Document tagPage = site.page(prefix + "tags/" + tag + "/index.html");
                assertFalse(tagPage.select("main a").eachText().contains("Neuromodulation"), code + " tag " + tag);
                assertEquals(expectedArticles(code).stream().filter(s -> tags(s).contains(tag)).count(),
                        tagPage.select("main ul.cards li").size(), code + " tag " + tag);
            }
            assertFalse(site.read(prefix + "sitemap.xml").contains("articles/neuromodulation/"), code);
            assertFalse(site.read(prefix + "feed.xml").contains(NEUROMODULATION), code);
            assertTrue(site.page(prefix + "faq/index.html").getElementById(SCS_FAQ) == null, "the FAQ entry about the product is absent too");
            // no link anywhere in the edition leads to the absent pages
            site.edition(code).forEach((path, document) -> {
                for (Element a : document.select("a[href]")) {
                    Optional<BuiltSite.Target> target = BuiltSite.resolve(path, a.attr("href"));
                    target.ifPresent(t -> {
                        assertFalse(t.file().endsWith("articles/neuromodulation/index.html"), path + ": " + a.outerHtml());
                        assertFalse(t.fragment().equals(SCS_FAQ), path + ": " + a.outerHtml());
                    });
                }
            });
            // links to it in the text become plain text
            boolean turkish = code.equals("tr");
            Element ladder = site.page(prefix + "articles/pain-ladder-and-multidisciplinary-care/index.html").selectFirst("div.body");
            assertTrue(textWithoutTooltips(ladder).contains(turkish ? "Bkz. nöromodülasyon." : "See Neuromodulation."), code);
            Element basics = site.page(prefix + "articles/what-is-interventional-pain-management/index.html").selectFirst("div.body");
            assertTrue(textWithoutTooltips(basics).contains(", Radiofrequency ablation and Neuromodulation."),
                    code + ": a page shown untranslated names its links' targets in its own language");
            Element relief = site.page(prefix + "faq/index.html").getElementById("how-long-does-relief-last");
            assertTrue(textWithoutTooltips(relief).contains(turkish ? "Nöromodülasyon yazısında anlatılan vücuda yerleştirilen cihazlarda"
                    : "With implanted devices described in Neuromodulation, the effect"), code);
            assertTrue(relief.select("a").eachText().stream().noneMatch(t -> t.equalsIgnoreCase("Neuromodulation") || t.equals("Nöromodülasyon")), code);
        }
        for (String code : List.of("us", "eu")) {
            Element ladder = site.page(code + "/articles/pain-ladder-and-multidisciplinary-care/index.html").selectFirst("div.body");
            assertTrue(ladder.select("a[href]").eachText().contains("Neuromodulation"), "the same link is kept where the page exists");
            assertTrue(site.read(code + "/sitemap.xml").contains("articles/neuromodulation/"), code);
            assertTrue(site.read(code + "/feed.xml").contains("urn:sitegen:" + code + ":article:neuromodulation"), code);
            assertTrue(site.exists(code + "/tags/neuromodulation/index.html"), code);
            assertNotNull(site.page(code + "/faq/index.html").getElementById(SCS_FAQ), code);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> tags(String article) {
        return (List<String>) ARTICLES.get(article).getOrDefault("tags", List.of());
    }

    @Test
    void regionPassagesAppearOnlyInTheirEditions() {
        String usOnly = "regulated by the FDA";
        String elsewhere = "may be available only within clinical studies";
        String us = site.page("us/articles/neuromodulation/index.html").selectFirst("div.body").text();
        String eu = site.page("eu/articles/neuromodulation/index.html").selectFirst("div.body").text();
        assertTrue(us.contains(usOnly) && !us.contains(elsewhere), us);
        assertTrue(eu.contains(elsewhere) && !eu.contains(usOnly), eu);
        assertTrue(site.page("us/articles/neuromodulation/index.html").select("[data-region-block], [data-line], [data-wiki], [data-target]").isEmpty(),
                "build markers are stripped");
    }

    @Test
    void hreflangAlternatesAreReciprocalAndNameTheTargetLanguage() {
        List<String> problems = new ArrayList<>();
        for (String code : EDITIONS) {
            site.edition(code).forEach((path, document) -> {
                List<Element> alternates = document.select("head link[rel=alternate][hreflang]");
                Set<String> targets = new TreeSet<>();
                for (Element alternate : alternates) {
                    if (alternate.attr("hreflang").equals("x-default")) {
                        if (!BuiltSite.resolve(path, alternate.attr("href")).orElseThrow().file().startsWith("intl/")) {
                            problems.add(path + ": x-default is not the default region's page: " + alternate.attr("href"));
                        }
                        continue;
                    }
                    BuiltSite.Target target = BuiltSite.resolve(path, alternate.attr("href")).orElseThrow();
                    targets.add(target.file());
                    Document other = site.pages().get(target.file());
                    if (other == null) {
                        problems.add(path + " -> missing " + target.file());
                        continue;
                    }
                    // the language of the page shown there: its content's lang (a page shown untranslated) with the edition's region
                    Element content = other.selectFirst("main article.article .body[lang], main article.site-page[lang]");
                    String htmlLang = other.selectFirst("html").attr("lang");
                    String shownLang = content == null ? htmlLang
                            : content.attr("lang") + (htmlLang.contains("-") ? htmlLang.substring(htmlLang.indexOf('-')) : "");
                    if (!alternate.attr("hreflang").equals(shownLang)) {
                        problems.add(path + " -> " + target.file() + ": hreflang " + alternate.attr("hreflang"));
                    }
                    boolean back = other.select("head link[rel=alternate][hreflang]").stream()
                            .anyMatch(l -> BuiltSite.resolve(target.file(), l.attr("href")).orElseThrow().file().equals(path));
                    if (!back) {
                        problems.add(target.file() + " does not link back to " + path);
                    }
                }
                if (!targets.contains(path)) {
                    problems.add(path + " has no alternate for itself");
                }
                // the visible region switcher offers exactly the other alternates
                Set<String> switcher = new TreeSet<>();
                document.select("nav.region-switcher a[hreflang]").forEach(a -> switcher.add(BuiltSite.resolve(path, a.attr("href")).orElseThrow().file()));
                Set<String> others = new TreeSet<>(targets);
                others.remove(path);
                if (!switcher.equals(others)) {
                    problems.add(path + ": switcher " + switcher + " but alternates " + others);
                }
            });
        }
        assertEquals(List.of(), problems);
        List<String> neuromodulation = site.page("us/articles/neuromodulation/index.html").select("head link[rel=alternate]").eachAttr("hreflang");
        assertEquals(List.of("en-GB", "en-US"), neuromodulation, "only the editions that have the page, and no x-default: intl lacks it");
        assertEquals("tr-TR", site.page("tr/index.html").selectFirst("html").attr("lang"));
    }

    // ---- glossary ----

    @Test
    void glossaryLinksPointToExistingEntriesAndNeverSitInHeadings() {
        int terms = 0;
        for (String code : EDITIONS) {
            for (Map.Entry<String, Document> page : site.edition(code).entrySet()) {
                Document document = page.getValue();
                for (Element a : document.select("a[data-term]")) {
                    terms++;
                    String slug = a.attr("data-term");
                    BuiltSite.Target target = BuiltSite.resolve(page.getKey(), a.attr("href")).orElseThrow();
                    assertEquals(new BuiltSite.Target(code + "/glossary/index.html", slug), target, page.getKey());
                    Element entry = site.page(target.file()).getElementById(slug);
                    assertNotNull(entry, slug);
                    assertTrue(entry.hasClass("glossary-entry"), entry::outerHtml);
                    Element tip = document.getElementById(a.attr("aria-describedby"));
                    assertNotNull(tip, page.getKey() + ": tooltip of " + slug);
                    assertEquals("tooltip", tip.attr("role"));
                    assertFalse(tip.text().isBlank());
                    assertTrue(a.parents().stream().noneMatch(p -> p.normalName().matches("h[1-6]|a|code|pre")),
                            page.getKey() + ": " + a.parent().outerHtml());
                }
            }
        }
        assertTrue(terms > 100, "glossary links found: " + terms);
    }

    @Test
    void glossaryUsedInListsMatchTheTermsOnThePages() {
        for (String code : EDITIONS) {
            Map<String, Set<String>> actual = new TreeMap<>();
            bodies(code).forEach((key, body) -> body.select("a[data-term]")
                    .forEach(a -> actual.computeIfAbsent(a.attr("data-term"), k -> new TreeSet<>()).add(key)));
            // glossary links appear nowhere else but in bodies and on the glossary page
            site.edition(code).forEach((path, document) -> {
                if (!path.endsWith("/glossary/index.html")) {
                    assertEquals(document.select("div.body a[data-term], div.answer a[data-term]").size(),
                            document.select("a[data-term]").size(), path);
                }
            });
            String glossaryPath = code + "/glossary/index.html";
            Map<String, Set<String>> listed = new TreeMap<>();
            for (Element entry : site.page(glossaryPath).select("div.glossary-entry")) {
                Set<String> pages = new TreeSet<>();
                for (Element a : entry.select("div.used-in a")) {
                    String key = pageKey(BuiltSite.resolve(glossaryPath, a.attr("href")).orElseThrow());
                    assertNotNull(key, a.outerHtml());
                    pages.add(key);
                }
                if (!pages.isEmpty()) {
                    listed.put(entry.id(), pages);
                }
            }
            assertEquals(actual, listed, code);
            assertFalse(listed.isEmpty());
        }
        assertFalse(site.page("tr/glossary/index.html").select("div.used-in a").eachText().contains("Neuromodulation"));
    }

    // ---- backlinks and related content ----

    @Test
    void backlinksMatchTheLinksOnOtherPagesOfTheEdition() {
        for (String code : EDITIONS) {
            Map<String, Set<String>> actual = new TreeMap<>();
            bodies(code).forEach((key, body) -> {
                String path = key.startsWith("article:") ? code + "/articles/" + key.substring(8) + "/index.html" : code + "/faq/index.html";
                for (Element a : body.select("a[href]")) {
                    if (a.hasAttr("data-term")) {
                        continue;
                    }
                    String target = BuiltSite.resolve(path, a.attr("href")).map(SampleSiteTest::pageKey).orElse(null);
                    if (target != null && target.startsWith("article:") && !target.equals(key)) {
                        actual.computeIfAbsent(target, k -> new TreeSet<>()).add(key);
                    }
                }
            });
            // shown: the linking pages not already in Related reading; none on pages for patients
            Map<String, Set<String>> listed = new TreeMap<>();
            for (String slug : expectedArticles(code)) {
                String path = code + "/articles/" + slug + "/index.html";
                Set<String> sources = new TreeSet<>();
                for (Element a : site.page(path).select("section.backlinks a")) {
                    sources.add(pageKey(BuiltSite.resolve(path, a.attr("href")).orElseThrow()));
                }
                Set<String> related = new TreeSet<>();
                for (Element a : site.page(path).select("section.related a")) {
                    related.add(pageKey(BuiltSite.resolve(path, a.attr("href")).orElseThrow()));
                }
                Set<String> expected = new TreeSet<>(actual.getOrDefault("article:" + slug, Set.of()));
                expected.removeAll(related);
                if ("patient".equals(ARTICLES.get(slug).get("audience"))) {
                    expected.clear();
                }
                assertEquals(expected, sources, code + " " + slug);
                if (!sources.isEmpty()) {
                    listed.put("article:" + slug, sources);
                    if (!code.equals("tr")) {
                        assertEquals("Pages that mention this one", site.page(path).selectFirst("section.backlinks h2").text());
                    }
                }
            }
            assertFalse(listed.isEmpty());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void relatedReadingStartsWithTheHandPickedPagesOfTheEdition() {
        for (String code : EDITIONS) {
            for (String slug : expectedArticles(code)) {
                String path = code + "/articles/" + slug + "/index.html";
                List<String> shown = site.page(path).select("section.related a").stream()
                        .map(a -> pageKey(BuiltSite.resolve(path, a.attr("href")).orElseThrow())).toList();
                List<String> picked = ((List<String>) ARTICLES.get(slug).getOrDefault("related", List.of())).stream()
                        .map(r -> r.startsWith("faq:") ? r : "article:" + r)
                        .filter(r -> r.startsWith("faq:") ? expectedFaq(code).contains(r.substring(4)) : expectedArticles(code).contains(r.substring(8)))
                        .toList();
                assertTrue(shown.size() <= 5, path);
                assertEquals(picked, shown.subList(0, Math.min(picked.size(), shown.size())), path);
                assertEquals(shown.size(), new HashSet<>(shown).size(), path);
                assertFalse(shown.contains("article:" + slug), path);
            }
        }
    }
}
